using System.Collections.Concurrent;

namespace BoardRoom.App.Features.Minutes;

/// <summary>The minutes hub's open connections on this server, for re-checking their access when a board changes.</summary>
public sealed class MinutesConnections
{
    private readonly ConcurrentDictionary<string, MinutesConnection> _open = new();
    private long _version;

    public IEnumerable<MinutesConnection> All => _open.Values;

    /// <summary>
    /// Grows on every revalidation. A join compares it before its access check and after it has joined: if it moved,
    /// a change may have been re-checked before the join was listed, so the join checks again.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    public void Add(MinutesConnection connection) => _open[connection.ConnectionId] = connection;

    public void Remove(string connectionId) => _open.TryRemove(connectionId, out _);

    public void Changed() => Interlocked.Increment(ref _version);
}
