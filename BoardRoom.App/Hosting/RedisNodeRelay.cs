using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.App.Features.Minutes;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using StackExchange.Redis;

namespace BoardRoom.App.Hosting;

/// <summary>
/// Carries, over Redis pub/sub, what one node must tell every other about the pages and connections they hold:
/// a meeting changed (its open pages re-read, <see cref="MeetingLiveNotifier"/>); a person's sessions ended (their
/// connections close, <see cref="LiveSessions"/>); a board's roles, seats or classifications changed (its minutes
/// connections and pages are re-checked, <see cref="MinutesAccessRevalidator"/>). A message names only the kind and an
/// id; each node re-reads through its own access checks, so nothing confidential crosses Redis.
/// Pub/sub is at most once: when the connection comes back after an outage, this node re-reads every open page,
/// re-checks every open minutes connection and closes every connection whose session is no longer current, so nothing
/// missed meanwhile is missed for good.
/// </summary>
public sealed class RedisNodeRelay(
    SharedRedis redis,
    MeetingLiveNotifier meetings,
    LiveSessions sessions,
    SessionStamps stamps,
    MinutesAccessRevalidator access,
    ILogger<RedisNodeRelay> logger) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(SharedRedis.Prefix + ":node-events");

    public const string MeetingChanged = "meeting";
    public const string SessionsEnded = "sessions";
    public const string AccessChanged = "access";

    // Each node hears its own messages too; they carry its name so it skips them (it acted on them already).
    private readonly string _node = Guid.NewGuid().ToString("N");
    private ISubscriber? _subscriber;
    private ConnectionMultiplexer? _connection;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meetings.Published += OnMeetingPublished;
        sessions.Ended += OnSessionsEnded;
        access.Requested += OnAccessRequested;
        // Connecting waits for Redis; the node starts (and reports itself not ready) without it.
        _ = Task.Run(ConnectAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        meetings.Published -= OnMeetingPublished;
        sessions.Ended -= OnSessionsEnded;
        access.Requested -= OnAccessRequested;
        if (_connection is not null)
        {
            _connection.ConnectionRestored -= OnRestored;
        }
        if (_subscriber is not null)
        {
            await _subscriber.UnsubscribeAsync(Channel);
        }
    }

    /// <summary>The wire form of a message: <c>node|kind|id</c>.</summary>
    public static string Message(string node, string kind, Guid id) => $"{node}|{kind}|{id}";

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
            logger.LogWarning(e, "Could not subscribe to events from other nodes; retrying when Redis is back.");
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (_subscriber is null)
        {
            _ = Task.Run(ConnectAsync);
        }
        Run("catching up after the link to the other nodes was down", async () =>
        {
            await access.RevalidateEverythingHereAsync();
            await sessions.EndStaleAsync(stamps.IsCurrentAsync);
        });
    }

    private void OnMeetingPublished(MeetingId meetingId) => Publish(MeetingChanged, meetingId.Value);

    private void OnSessionsEnded(PersonId person) => Publish(SessionsEnded, person.Value);

    private void OnAccessRequested(BoardId board) => Publish(AccessChanged, board.Value);

    private void Publish(string kind, Guid id)
    {
        var subscriber = _subscriber;
        if (subscriber is null)
        {
            return;
        }
        try
        {
            subscriber.Publish(Channel, Message(_node, kind, id), CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogWarning(e, "A {Kind} event could not be sent to the other nodes; they catch up when Redis is back.", kind);
        }
    }

    private void OnMessage(RedisValue message)
    {
        var parts = ((string?)message)?.Split('|');
        if (parts is not { Length: 3 } || parts[0] == _node || !Guid.TryParse(parts[2], out var id))
        {
            return;
        }
        switch (parts[1])
        {
            case MeetingChanged:
                meetings.Deliver(new MeetingId(id));
                break;
            case SessionsEnded:
                sessions.EndHere(new PersonId(id));
                break;
            case AccessChanged:
                Run("re-checking access after a change on another node", () => access.RevalidateHereAsync(new BoardId(id)));
                break;
        }
    }

    private void Run(string what, Func<Task> work) => _ = Task.Run(async () =>
    {
        try
        {
            await work();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Failed {What}.", what);
        }
    });
}
