using System.Collections.Concurrent;
using BoardRoom.Core.Boards;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// One open connection to the minutes hub: who it is, the sections it has joined (with their board, so a change to a
/// board re-checks only its own sections), its rate limits and its recent refusals. The hub keeps it in the
/// connection's items; <see cref="MinutesConnections"/> lists it for <see cref="MinutesAccessRevalidator"/>, which may
/// remove sections from another thread (hence the concurrent map).
/// </summary>
public sealed class MinutesConnection(string connectionId, PersonId person, string participantId, MinutesOptions options, TimeProvider time)
{
    private readonly object _refusalLock = new();
    private long _windowStart = time.GetTimestamp();
    private int _rateLimited;
    private bool _warned;

    public string ConnectionId { get; } = connectionId;

    public PersonId Person { get; } = person;

    public string ParticipantId { get; } = participantId;

    /// <summary>Sections joined on this connection, each with its board.</summary>
    public ConcurrentDictionary<Guid, BoardId> Sections { get; } = new();

    public TokenBucket Joins { get; } = new(options.JoinBurst, options.JoinsPerSecond, time);

    public TokenBucket Submits { get; } = new(options.SubmitBurst, options.SubmitsPerSecond, time);

    public TokenBucket PresenceUpdates { get; } = new(options.PresenceBurst, options.PresenceUpdatesPerSecond, time);

    /// <summary>
    /// Notes a refused call. Returns whether to log it (the first refusal of each window only, so a flood cannot fill
    /// the log) and whether the connection has now exceeded its rate limits often enough within the window to be closed.
    /// </summary>
    public (bool Log, bool Disconnect) NoteRefusal(string code)
    {
        lock (_refusalLock)
        {
            var now = time.GetTimestamp();
            if (time.GetElapsedTime(_windowStart, now).TotalSeconds >= options.RefusalWindowSeconds)
            {
                (_windowStart, _rateLimited, _warned) = (now, 0, false);
            }
            if (code == HubErrorCodes.RateLimited)
            {
                _rateLimited++;
            }
            var log = !_warned;
            _warned = true;
            return (log, code == HubErrorCodes.RateLimited && _rateLimited >= options.RefusalsBeforeDisconnect);
        }
    }
}
