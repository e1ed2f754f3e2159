using System.Net;

namespace BoardRoom.Benchmarks;

/// <summary>
/// What the chaos benchmark kills: the app alone (single-node mode), or two nodes of the app on one data folder with a
/// Redis backplane and BoardRoom.Proxy in front (<c>--nodes 2</c>), where the editors connect through the proxy and
/// follow it to the surviving node when theirs dies.
/// </summary>
public sealed class ChaosTarget : IDisposable
{
    private readonly string _dll;
    private readonly string _dataDirectory;
    private readonly List<AppProcess> _nodes;
    private readonly RedisServer? _redis;
    private readonly ProxyProcess? _proxy;
    private readonly Dictionary<string, string> _settings;
    private static readonly Dictionary<string, string> QuietProxy = new() { ["Logging__LogLevel__Default"] = "Warning" };

    private ChaosTarget(string dll, string dataDirectory, List<AppProcess> nodes, RedisServer? redis, ProxyProcess? proxy, Dictionary<string, string> settings)
    {
        (_dll, _dataDirectory, _nodes, _redis, _proxy, _settings) = (dll, dataDirectory, nodes, redis, proxy, settings);
    }

    public int NodeCount => _nodes.Count;

    /// <summary>Where the editors sign in and connect: the proxy, or the single app.</summary>
    public Uri Entry => _proxy?.BaseAddress ?? _nodes[0].BaseAddress;

    public IReadOnlyList<Uri> NodeAddresses => _nodes.Select(n => n.BaseAddress).ToList();

    public string Describe() => _proxy is null
        ? $"app pid {_nodes[0].Process.Id} at {_nodes[0].BaseAddress}"
        : $"proxy pid {_proxy.Process.Id} at {_proxy.BaseAddress}; " + string.Join("; ", _nodes.Select((n, i) => $"node {Name(i)} pid {n.Process.Id} at {n.BaseAddress}"))
          + $"; redis-server pid {_redis!.Process.Id} on {_redis.ConnectionString}";

    public static string Name(int node) => ((char)('a' + node)).ToString();

    public static async Task<ChaosTarget> StartAsync(string dll, string? proxyDll, string dataDirectory, int nodes)
    {
        if (nodes == 1)
        {
            return new ChaosTarget(dll, dataDirectory, [await BenchmarkApp.StartAsync(dll, dataDirectory)], null, null, []);
        }
        var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        var apps = new List<AppProcess>();
        try
        {
            // Node b starts once node a has migrated and seeded the shared database.
            for (var i = 0; i < nodes; i++)
            {
                apps.Add(await BenchmarkApp.StartAsync(dll, dataDirectory, settings: settings));
            }
            var proxy = await ProxyProcess.StartAsync(proxyDll!, apps.Select(a => a.BaseAddress).ToArray(), QuietProxy);
            var target = new ChaosTarget(dll, dataDirectory, apps, redis, proxy, settings);
            await target.WaitUntilProxyReachesEveryNodeAsync();
            return target;
        }
        catch
        {
            apps.ForEach(a => a.Dispose());
            redis.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL of one node, then the same node started again on its port and folder; returns when it listens.</summary>
    public async Task KillAndRestartAsync(int node)
    {
        var port = _nodes[node].Port;
        _nodes[node].Dispose();
        _nodes[node] = await BenchmarkApp.StartAsync(_dll, _dataDirectory, port, _settings);
    }

    /// <summary>Which node the proxy sends this session (its affinity cookie) to now; null when no node answers.</summary>
    private async Task<int?> NodeOfAsync(CookieContainer cookies)
    {
        if (_proxy is null)
        {
            return 0;
        }
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var answer = await client.GetAsync(new Uri(Entry, "health/live"));
            return answer.Headers.TryGetValues(ProxyProcess.NodeHeader, out var names) && names.FirstOrDefault() is [var letter] ? letter - 'a' : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Until fresh sessions (no affinity cookie) through the proxy have reached every node: a restarted node is back in
    /// its rotation, so the next kill can find people on either node. At most 20 s; the cycle goes on regardless.
    /// </summary>
    public async Task WaitUntilProxyReachesEveryNodeAsync()
    {
        if (_proxy is null)
        {
            return;
        }
        var seen = new HashSet<int>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (seen.Count < _nodes.Count && DateTime.UtcNow < deadline)
        {
            if (await NodeOfAsync(new CookieContainer()) is { } node)
            {
                seen.Add(node);
            }
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _proxy?.Dispose();
        _nodes.ForEach(n => n.Dispose());
        _redis?.Dispose();
    }
}
