using BoardRoom.App.Hosting;
using BoardRoom.Core.Meetings;
using StackExchange.Redis;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>
/// Carries meeting changes between nodes over Redis pub/sub: a change published on this node goes to every other node,
/// whose <see cref="MeetingLiveNotifier"/> delivers it to its own open pages. A message names only the meeting (pages
/// re-read through their own access checks), so nothing confidential crosses Redis. Pub/sub is at most once: when the
/// connection comes back after an outage, every open page on this node re-reads, so a change missed meanwhile is not
/// missed for good.
/// </summary>
public sealed class RedisMeetingChangeRelay(SharedRedis redis, MeetingLiveNotifier notifier, ILogger<RedisMeetingChangeRelay> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal(SharedRedis.Prefix + ":meeting-changed");

    // Each node hears its own messages too; they carry its name so it skips them (it delivered them already).
    private readonly string _node = Guid.NewGuid().ToString("N");
    private ISubscriber? _subscriber;
    private ConnectionMultiplexer? _connection;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        notifier.Published += OnPublished;
        // Connecting waits for Redis; the node starts (and reports itself not ready) without it.
        _ = Task.Run(ConnectAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        notifier.Published -= OnPublished;
        if (_connection is not null)
        {
            _connection.ConnectionRestored -= OnRestored;
        }
        if (_subscriber is not null)
        {
            await _subscriber.UnsubscribeAsync(Channel);
        }
    }

    public static string Message(string node, MeetingId meetingId) => node + ":" + meetingId;

    private async Task ConnectAsync()
    {
        try
        {
            if (_connection is null)
            {
                _connection = await redis.ConnectAsync();
                _connection.ConnectionRestored += OnRestored;
            }
            var subscriber = _connection.GetSubscriber();
            // The library keeps the subscription and renews it after every reconnect.
            await subscriber.SubscribeAsync(Channel, (_, message) => OnMessage(message));
            _subscriber = subscriber;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning(e, "Could not subscribe to meeting changes from other nodes; retrying when Redis is back.");
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (_subscriber is null)
        {
            _ = Task.Run(ConnectAsync);
        }
        notifier.DeliverToEveryone();
    }

    private void OnPublished(MeetingId meetingId)
    {
        var subscriber = _subscriber;
        if (subscriber is null)
        {
            return;
        }
        try
        {
            subscriber.Publish(Channel, Message(_node, meetingId), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "A meeting change could not be sent to the other nodes; their pages re-read when Redis is back.");
        }
    }

    private void OnMessage(RedisValue message)
    {
        var text = (string?)message;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || text![..colon] == _node || !MeetingId.TryParse(text[(colon + 1)..], out var meetingId))
        {
            return;
        }
        notifier.Deliver(meetingId);
    }
}
