using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace BoardRoom.Tests.Support;

/// <summary>
/// The reverse proxy (BoardRoom.Proxy) from its build output, as a separate process on a random port of 127.0.0.1,
/// forwarding to the given app nodes. It names the node that answered in <c>X-BoardRoom-Node</c> ("a" for the first
/// node, "b" for the second).
/// </summary>
public sealed class ProxyServer : IAsyncDisposable
{
    public const string NodeHeader = "X-BoardRoom-Node";
    private const string ListeningPrefix = "BoardRoom proxy is running at ";
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    private readonly StringBuilder _output = new();
    private Process? _process;

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
        var dll = ProxyDll;
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"The proxy is not built at {dll}; build the solution first.", dll);
        }
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["Proxy__NodeHeader"] = "true";
        for (var i = 0; i < nodes.Length; i++)
        {
            info.Environment[$"Proxy__Nodes__{i}"] = nodes[i].ToString();
        }

        var server = new ProxyServer();
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data, ready);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("The proxy exited during start-up:\n" + server.Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        server._process = process;
        if (await Task.WhenAny(ready.Task, Task.Delay(StartupLimit)) != ready.Task)
        {
            await server.DisposeAsync();
            throw new TimeoutException($"The proxy did not report its address within {StartupLimit.TotalSeconds} s:\n" + server.Output);
        }
        server.BaseAddress = await ready.Task;
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
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

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
            var address = line[(at + ListeningPrefix.Length)..].Split(' ')[0].TrimEnd('/');
            ready.TrySetResult(new Uri(address + "/"));
        }
    }
}
