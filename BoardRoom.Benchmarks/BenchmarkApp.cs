using System.Diagnostics;
using System.Globalization;
using BoardRoom.App.Hosting;

namespace BoardRoom.Benchmarks;

/// <summary>
/// The built BoardRoom.App in its own process on 127.0.0.1, on a data folder of the caller's (SQLite, demo data seeded
/// when the folder is new). Disposing it kills it; <see cref="Kill"/> sends SIGKILL, as a crash would.
/// </summary>
public sealed class BenchmarkApp : IDisposable
{
    private bool _disposed;

    private BenchmarkApp(Process process, Uri baseAddress)
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
    /// Starts the app and waits for its start-up banner; <paramref name="port"/> 0 lets the system choose.
    /// <paramref name="settings"/> are environment variables added to the app's (e.g. <c>ConnectionStrings__Redis</c>).
    /// </summary>
    public static async Task<BenchmarkApp> StartAsync(string dll, string dataDirectory, int port = 0, IReadOnlyDictionary<string, string>? settings = null)
    {
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var (key, value) in Settings(dataDirectory, port, settings ?? new Dictionary<string, string>()))
        {
            info.Environment[key] = value;
        }
        // Generous: on a saturated machine a restart has taken 80 s (docs/benchmarks.md, chaos across two nodes).
        var (process, address) = await ServerProcess.StartAsync(info, StartupBanner.ListeningPrefix, "The app", TimeSpan.FromSeconds(180));
        return new BenchmarkApp(process, address);
    }

    private static IEnumerable<KeyValuePair<string, string>> Settings(string dataDirectory, int port, IReadOnlyDictionary<string, string> extra)
    {
        var settings = new Dictionary<string, string>
        {
            // Development: static web assets are served from their sources, as with `dotnet run`.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            ["BoardRoom__DataDirectory"] = dataDirectory,
            ["BoardRoom__SeedDemoData"] = "true",
            ["BoardRoom__DemoPassword"] = BenchmarkSignIn.DemoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        // Diagnosis only: BOARDROOM_APP_ENV="K=V;K2=V2" passes runtime knobs to the app process and not to the load clients.
        foreach (var pair in (Environment.GetEnvironmentVariable("BOARDROOM_APP_ENV") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0)
            {
                settings[pair[..at]] = pair[(at + 1)..];
            }
        }
        return settings;
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
