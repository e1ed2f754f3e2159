using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BoardRoom.Benchmarks;

/// <summary>
/// A throw-away <c>redis-server</c> for one benchmark run: a free port of 127.0.0.1, in memory only (no RDB, no AOF),
/// a child process of the benchmark that disposing kills.
/// </summary>
public sealed class BenchmarkRedis : IDisposable
{
    private bool _disposed;

    private BenchmarkRedis(Process process, int port)
    {
        Process = process;
        Port = port;
    }

    public Process Process { get; }

    public int Port { get; }

    /// <summary>For the app's <c>ConnectionStrings__Redis</c>.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>Starts redis-server and returns once it accepts connections (at most 20 s).</summary>
    public static async Task<BenchmarkRedis> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo("redis-server",
            ["--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"redis-server did not start ({e.Message}); install the redis-server package.", e);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var redis = new BenchmarkRedis(process, port);
        try
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var probe = new TcpClient();
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    return redis;
                }
                catch (SocketException) when (deadline.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
                {
                    await Task.Delay(50);
                }
            }
        }
        catch
        {
            redis.Dispose();
            throw;
        }
    }

    /// <summary>Kills the server if it still runs; safe to call twice.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        ServerProcess.Stop(Process);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
