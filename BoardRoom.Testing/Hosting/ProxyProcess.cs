using System.Diagnostics;

namespace BoardRoom.Testing.Hosting;

/// <summary>
/// BoardRoom.Proxy from its build output, as a separate process on a free port of 127.0.0.1, in front of the given
/// nodes, with <c>X-BoardRoom-Node</c> on its answers ("a" for the first node, "b" for the second) so that a run can tell
/// which node a session is on. Disposing it kills it.
/// </summary>
public sealed class ProxyProcess : IAsyncDisposable, IDisposable
{
    public const string NodeHeader = "X-BoardRoom-Node";
    private const string ListeningPrefix = "BoardRoom proxy is running at ";
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private bool _disposed;

    private ProxyProcess(Process process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public Process Process { get; }

    public Uri BaseAddress { get; }

    /// <summary>BoardRoom.Proxy.dll of the Release build, else the Debug one; null when it is not built.</summary>
    public static string? FindDll(string repositoryRoot) => new[] { "Release", "Debug" }
        .Select(c => Path.Combine(repositoryRoot, "BoardRoom.Proxy", "bin", c, "net10.0", "BoardRoom.Proxy.dll"))
        .FirstOrDefault(File.Exists);

    /// <summary>The proxy in front of any servers that answer <c>/health/ready</c> (test doubles of a node, too).</summary>
    /// <param name="settings">Environment variables added to the proxy's (e.g. <c>Logging__LogLevel__Default</c>).</param>
    /// <param name="onLine">Given every line the proxy prints (see <see cref="ServerProcess.StartAsync"/>).</param>
    public static async Task<ProxyProcess> StartAsync(string dll, IReadOnlyList<Uri> nodes, IReadOnlyDictionary<string, string>? settings = null,
        Action<string>? onLine = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The proxy is not built at {dll}; build the solution first.", dll);
        }
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Proxy__NodeHeader"] = "true";
        for (var i = 0; i < nodes.Count; i++)
        {
            info.Environment[$"Proxy__Nodes__{i}"] = nodes[i].ToString();
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        var (process, address) = await ServerProcess.StartAsync(info, ListeningPrefix, "The proxy", StartupLimit, onLine);
        return new ProxyProcess(process, address);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Kills the proxy if it still runs; safe to call twice.</summary>
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
