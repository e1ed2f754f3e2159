using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace BoardRoom.Tests.Support;

/// <summary>
/// A real SMTP server (the SmtpServer package) in the test process on 127.0.0.1, keeping every message it accepts,
/// parsed by MimeKit. <see cref="RefuseNext"/> makes it answer a transient failure, as a busy relay would.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly List<ReceivedEmail> _received = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private int _refusals;

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<ReceivedEmail> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    public static TestSmtpServer Start() => new(FreePort());

    /// <summary>The app settings that send through this server, with a quick poll and short back-off for tests.</summary>
    public Dictionary<string, string> AppSettings() => new()
    {
        ["BoardRoom__Email__Smtp__Host"] = "127.0.0.1",
        ["BoardRoom__Email__Smtp__Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BoardRoom__Email__Smtp__Security"] = "None",
        ["BoardRoom__Email__PollInterval"] = "00:00:00.250",
        ["BoardRoom__Email__FirstRetry"] = "00:00:01",
        ["BoardRoom__Email__Lease"] = "00:00:10",
    };

    /// <summary>The next <paramref name="count"/> messages are refused with "451 try again later".</summary>
    public void RefuseNext(int count) => Interlocked.Exchange(ref _refusals, count);

    public async Task<ReceivedEmail> WaitForAsync(Func<ReceivedEmail, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < until)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No matching email within the time; received: {string.Join("; ", Received.Select(r => $"{r.Message.Subject} to {string.Join(",", r.EnvelopeTo)}"))}");
    }

    public Task<ReceivedEmail> WaitForAsync(string to, TimeSpan? timeout = null) =>
        WaitForAsync(r => r.EnvelopeTo.Contains(to, StringComparer.OrdinalIgnoreCase), timeout);

    /// <summary>Waits until <paramref name="count"/> messages arrived (or the time is up) and returns all received.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForCountAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until && Received.Count < count)
        {
            await Task.Delay(100);
        }
        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref server._refusals) >= 0)
            {
                return new SmtpResponse(SmtpReplyCode.Aborted, "try again later");
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var to = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            lock (server._received)
            {
                server._received.Add(new ReceivedEmail(to, message));
            }
            return SmtpResponse.Ok;
        }
    }
}
