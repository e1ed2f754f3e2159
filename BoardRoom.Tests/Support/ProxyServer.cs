using System.Reflection;
using System.Text;

namespace BoardRoom.Tests.Support;

/// <summary>
/// The reverse proxy (BoardRoom.Proxy) of this build's configuration, as a separate process on a random port of
/// 127.0.0.1 (<see cref="ProxyProcess"/>), forwarding to the given app nodes. It names the node that answered in
/// <c>X-BoardRoom-Node</c> ("a" for the first node, "b" for the second).
/// </summary>
public sealed class ProxyServer : IAsyncDisposable
{
    public const string NodeHeader = ProxyProcess.NodeHeader;

    private readonly StringBuilder _output = new();
    private ProxyProcess? _process;

    private ProxyServer()
    {
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

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

    public static string ProxyDll =>
        typeof(ProxyServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BoardRoomProxyDll").Value!;

    public static Task<ProxyServer> StartAsync(params AppServer[] nodes) => StartAsync(nodes.Select(n => n.BaseAddress).ToArray());

    /// <summary>The proxy in front of any servers that answer <c>/health/ready</c> (test doubles of a node, too).</summary>
    public static async Task<ProxyServer> StartAsync(params Uri[] nodes)
    {
        var server = new ProxyServer();
        server._process = await ProxyProcess.StartAsync(ProxyDll, nodes, onLine: server.OnLine);
        server.BaseAddress = server._process.BaseAddress;
        return server;
    }

    public HttpClient CreateClient(System.Net.CookieContainer cookies) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = cookies,
    })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
            _process = null;
        }
    }

    private void OnLine(string line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
