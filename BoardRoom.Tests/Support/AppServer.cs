using System.Reflection;
using System.Text;

namespace BoardRoom.Tests.Support;

/// <summary>
/// The real app, started from its build output as a separate process (<see cref="AppProcess"/>) on Kestrel at 127.0.0.1
/// with a random port and its own data folder (papers, email copies, and the SQLite file) and database: the engine under test
/// (<see cref="TestProvider"/>), which on PostgreSQL is the database of the data folder. It can be killed and started
/// again on the same data.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string DemoPassword = DemoAccounts.Password;

    private readonly StringBuilder _output = new();
    private readonly bool _ownsDataDirectory;
    private AppProcess? _process;
    private IDictionary<string, string>? _settings;

    private AppServer(string dataDirectory, bool ownsDataDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
    }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The SQLite file (on SQLite).</summary>
    public string DatabasePath => TestProvider.SqliteFile(DataDirectory);

    /// <summary>For <c>ConnectionStrings__BoardRoom</c> of another node on this one's database.</summary>
    public string ConnectionString => TestProvider.For(DataDirectory).ConnectionString;

    /// <summary>Everything the app printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppServer> StartAsync(string? dataDirectory = null, IDictionary<string, string>? settings = null)
    {
        var owns = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("boardroom-test-").FullName;
        var server = new AppServer(dataDirectory, owns);
        if (owns && !ChoosesItsOwnDatabase(settings))
        {
            // PostgreSQL: a copy of the run's seeded template, so the app neither migrates nor seeds (SQLite: nothing).
            await TestProvider.CreateSeededAsync(dataDirectory, inPlace: false);
        }
        await server.StartProcessAsync(settings);
        return server;
    }

    /// <summary>
    /// Runs the app's build output once as a command (<c>routes</c>, <c>migrate</c>) on <paramref name="dataDirectory"/>
    /// and returns what it printed; <paramref name="settings"/> are environment variables such as
    /// <c>BoardRoom__SeedDemoData</c>.
    /// </summary>
    /// <remarks>With no <paramref name="command"/> the app starts as a server would, on a random port, and is killed if it
    /// has not exited by itself within the start-up limit.</remarks>
    public static async Task<(int ExitCode, string Output, string Errors)> RunCommandAsync(string? command, string dataDirectory,
        IDictionary<string, string>? settings = null)
    {
        var environment = AppProcess.Settings(dataDirectory, seedDemo: false);
        foreach (var (key, value) in TestProvider.AppSettings(dataDirectory).Concat(settings ?? new Dictionary<string, string>()))
        {
            environment[key] = value;
        }
        var info = AppProcess.StartInfo(AppDll, environment, command is null ? [] : [command]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(StartupLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        return (process.ExitCode, await output, await errors);
    }

    public static string AppDll =>
        typeof(AppServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BoardRoomAppDll").Value!;

    /// <summary>Kills the process at once (no graceful shutdown), as a crash or power cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>Starts the app again on the same data folder, with the settings it first started with.</summary>
    public Task RestartAsync() => StartProcessAsync(_settings);

    public HttpClient CreateClient(bool followRedirects = false, System.Net.CookieContainer? cookies = null) => new(new HttpClientHandler
    {
        AllowAutoRedirect = followRedirects,
        UseCookies = true,
        CookieContainer = cookies ?? new System.Net.CookieContainer(),
    })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        if (_ownsDataDirectory)
        {
            await TestProvider.DropAsync(DataDirectory);
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a dying process: the temp folder is cleaned by the OS.
            }
        }
    }

    private async Task StartProcessAsync(IDictionary<string, string>? settings)
    {
        _settings = settings;
        var environment = new Dictionary<string, string>(TestProvider.AppSettings(DataDirectory));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        // Start-up migrates and seeds a fresh database: a second or two alone, far longer on a loaded 2-core machine
        // (seen over 60 s while builds ran beside the suite). The limit only bounds a hung start.
        _process = await AppProcess.StartAsync(AppDll, DataDirectory, settings: environment, limit: StartupLimit, onLine: OnLine);
        BaseAddress = _process.BaseAddress;
    }

    /// <summary>Settings that name another database, or seed differently from the template, leave the app to its own.</summary>
    private static bool ChoosesItsOwnDatabase(IDictionary<string, string>? settings) =>
        settings is not null && settings.Keys.Any(k => k is "ConnectionStrings__BoardRoom" or "BoardRoom__Database__Provider" or "BoardRoom__SeedDemoData" or "BoardRoom__DemoPassword");

    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(180);

    private void OnLine(string line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
