using System.Diagnostics;
using System.Globalization;
using BoardRoom.App.Hosting;

namespace BoardRoom.Testing.Hosting;

/// <summary>
/// The built BoardRoom.App in its own process on 127.0.0.1, on a data folder of the caller's (SQLite unless the
/// settings name another database; demo data seeded when the folder is new). Disposing it kills it; <see cref="Kill"/>
/// sends SIGKILL, as a crash would.
/// </summary>
public sealed class AppProcess : IAsyncDisposable, IDisposable
{
    private bool _disposed;

    private AppProcess(Process process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public Process Process { get; }

    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    /// <summary>BoardRoom.App.dll of the Release build, else the Debug one; null when the app is not built.</summary>
    public static string? FindDll(string repositoryRoot) => new[] { "Release", "Debug" }
        .Select(c => Path.Combine(repositoryRoot, "BoardRoom.App", "bin", c, "net10.0", "BoardRoom.App.dll"))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// The environment of an app process on <paramref name="dataDirectory"/>: Development (static web assets served from
    /// their sources, as with <c>dotnet run</c>), 127.0.0.1 on <paramref name="port"/> (0: the system chooses), warnings
    /// only in the log and, with <paramref name="seedDemo"/>, the demo board seeded with <see cref="DemoAccounts.Password"/>.
    /// </summary>
    public static Dictionary<string, string> Settings(string dataDirectory, int port = 0, bool seedDemo = true)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            ["BoardRoom__DataDirectory"] = dataDirectory,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (seedDemo)
        {
            settings["BoardRoom__SeedDemoData"] = "true";
            settings["BoardRoom__DemoPassword"] = DemoAccounts.Password;
        }
        return settings;
    }

    /// <summary>A start of <paramref name="dll"/> with <paramref name="settings"/> as its environment; output is the caller's to read.</summary>
    public static ProcessStartInfo StartInfo(string dll, IEnumerable<KeyValuePair<string, string>> settings, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet", [dll, .. arguments]) { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false };
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }
        return info;
    }

    /// <summary>
    /// Starts the app and waits for its start-up banner (<see cref="StartupBanner.ListeningPrefix"/>), at most
    /// <paramref name="limit"/> (default 180 s: on a saturated 2-core machine a start that migrates and seeds has taken
    /// over 60 s, a restart 80 s). <paramref name="settings"/> are environment variables added to those of
    /// <see cref="Settings"/> (e.g. <c>ConnectionStrings__Redis</c>); <paramref name="onLine"/> is given every line it prints.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string dll, string dataDirectory, int port = 0, IReadOnlyDictionary<string, string>? settings = null,
        TimeSpan? limit = null, Action<string>? onLine = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The app is not built at {dll}; build the solution first.", dll);
        }
        var environment = Settings(dataDirectory, port);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        var (process, address) = await ServerProcess.StartAsync(StartInfo(dll, environment), StartupBanner.ListeningPrefix, "The app",
            limit ?? TimeSpan.FromSeconds(180), onLine);
        return new AppProcess(process, address);
    }

    /// <summary>Deletes a data folder once its app has gone; a file still held open is left to the OS's temp cleaning.</summary>
    public static void DeleteDataDirectory(string dataDirectory)
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>SIGKILL on Linux: the app gets no chance to flush or close anything.</summary>
    public void Kill()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
        }
    }

    /// <summary>As <see cref="Kill"/>, without blocking a thread while the process goes.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        await KillAsync();
        Dispose();
    }

    /// <summary>Kills the app if it still runs; safe to call twice.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        ServerProcess.Stop(Process);
    }
}
