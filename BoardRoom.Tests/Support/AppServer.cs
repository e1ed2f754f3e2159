using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace BoardRoom.Tests.Support;

/// <summary>
/// The real app, started from its build output as a separate process on Kestrel at 127.0.0.1 with a random port
/// and its own data folder (papers, email copies, and the SQLite file) and database: the engine under test
/// (<see cref="TestProvider"/>), which on PostgreSQL is the database of the data folder. It can be killed and started
/// again on the same data.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string DemoPassword = "Demo-Board-2026!";
    private const string ListeningPrefix = "BoardRoom is running at ";

    private readonly StringBuilder _output = new();
    private readonly bool _ownsDataDirectory;
    private Process? _process;
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
        var info = new ProcessStartInfo("dotnet", command is null ? [AppDll] : [AppDll, command])
        {
            WorkingDirectory = Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["BoardRoom__DataDirectory"] = dataDirectory;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in TestProvider.AppSettings(dataDirectory))
        {
            info.Environment[key] = value;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info)!;
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
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
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
        var dll = AppDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The app is not built at {dll}; build the solution first.", dll);
        }
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Development: static web assets are served from their sources, as with `dotnet run`.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["BoardRoom__DataDirectory"] = DataDirectory;
        info.Environment["BoardRoom__SeedDemoData"] = "true";
        info.Environment["BoardRoom__DemoPassword"] = DemoPassword;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in TestProvider.AppSettings(DataDirectory))
        {
            info.Environment[key] = value;
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, ready);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("The app exited during start-up:\n" + Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        // Start-up migrates and seeds a fresh database: a second or two alone, far longer on a loaded 2-core machine
        // (seen over 60 s while builds ran beside the suite). The limit only bounds a hung start.
        var finished = await Task.WhenAny(ready.Task, Task.Delay(StartupLimit));
        if (finished != ready.Task)
        {
            await KillAsync();
            throw new TimeoutException($"The app did not report its address within {StartupLimit.TotalSeconds} s:\n" + Output);
        }
        BaseAddress = await ready.Task;
    }

    /// <summary>Settings that name another database, or seed differently from the template, leave the app to its own.</summary>
    private static bool ChoosesItsOwnDatabase(IDictionary<string, string>? settings) =>
        settings is not null && settings.Keys.Any(k => k is "ConnectionStrings__BoardRoom" or "BoardRoom__Database__Provider" or "BoardRoom__SeedDemoData" or "BoardRoom__DemoPassword");

    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(180);

    private void OnLine(string? line, TaskCompletionSource<Uri> ready)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            ready.TrySetResult(new Uri(line[(at + ListeningPrefix.Length)..].Trim().TrimEnd('/') + "/"));
        }
    }
}
