using System.Diagnostics;

namespace BoardRoom.Benchmarks;

/// <summary>
/// BoardRoom.Proxy from its build output in front of the given nodes, on a free port of 127.0.0.1, with
/// <c>X-BoardRoom-Node</c> on its answers so that a run can tell which node a session is on. Disposing it kills it.
/// </summary>
public sealed class BenchmarkProxy : IDisposable
{
    public const string NodeHeader = "X-BoardRoom-Node";
    private const string ListeningPrefix = "BoardRoom proxy is running at ";
    private bool _disposed;

    private BenchmarkProxy(Process process, Uri baseAddress)
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

    public static async Task<BenchmarkProxy> StartAsync(string dll, params Uri[] nodes)
    {
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Proxy__NodeHeader"] = "true";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        for (var i = 0; i < nodes.Length; i++)
        {
            info.Environment[$"Proxy__Nodes__{i}"] = nodes[i].ToString();
        }
        var (process, address) = await ServerProcess.StartAsync(info, ListeningPrefix, "The proxy", TimeSpan.FromSeconds(60));
        return new BenchmarkProxy(process, address);
    }

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
