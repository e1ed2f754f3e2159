using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BoardRoom.Testing.Hosting;

/// <summary>
/// A real Redis (Debian's redis-server) for one test or benchmark run, on a free port of 127.0.0.1, in memory only (no
/// RDB, no AOF), as a child process that disposing kills. <c>.ci/run</c> installs the package.
/// </summary>
public sealed class RedisServer : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(20);
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>For <c>ConnectionStrings:Redis</c> (the app's <c>ConnectionStrings__Redis</c>).</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>The running redis-server (for a benchmark's CPU and memory probe).</summary>
    public Process Process => _process ?? throw new InvalidOperationException("redis-server is not running.");

    /// <summary>Starts redis-server and returns once it accepts connections (at most 20 s).</summary>
    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        try
        {
            await server.StartProcessAsync();
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Stops and starts again on the same port, empty (as a restarted in-memory Redis is).</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartProcessAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>Kills the server if it still runs; safe to call twice.</summary>
    public void Dispose()
    {
        if (_process is not null)
        {
            ServerProcess.Stop(_process);
            _process = null;
        }
    }

    private async Task StartProcessAsync()
    {
        var info = new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start; install the redis-server package.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"redis-server did not start ({e.Message}); install the redis-server package.", e);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var started = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (started.Elapsed < StartupLimit && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
