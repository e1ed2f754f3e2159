using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The minutes documents open on this server, and who is in each. A connection enters a document before it first
/// touches its sequencer (at the start of a join) and leaves it when it leaves the section, is refused it, or
/// disconnects. When the last one leaves, the sequencer is evicted from the registry, so an idle document holds no
/// memory and the next joiner opens it afresh from the log. While anyone is in, no eviction can happen, so every call
/// on a document goes through the one sequencer and its one lock (<see cref="DocumentSequencer.LockAsync"/>).
/// </summary>
public sealed class MinutesDocuments(DocumentSequencerRegistry sequencers)
{
    private readonly Dictionary<Guid, HashSet<string>> _members = [];
    private readonly Lock _sync = new();

    public Task<DocumentSequencer> GetAsync(Guid documentId) => sequencers.GetAsync(documentId);

    /// <summary>Documents with anyone in them, for tests and diagnostics.</summary>
    public int OpenCount
    {
        get
        {
            lock (_sync)
            {
                return _members.Count;
            }
        }
    }

    /// <summary>Each open document with the connections in it, as they are now.</summary>
    public IReadOnlyList<(Guid DocumentId, string[] ConnectionIds)> Members()
    {
        lock (_sync)
        {
            return _members.Select(m => (m.Key, m.Value.ToArray())).ToList();
        }
    }

    public void Enter(Guid documentId, string connectionId)
    {
        lock (_sync)
        {
            if (!_members.TryGetValue(documentId, out var members))
            {
                _members[documentId] = members = [];
            }
            members.Add(connectionId);
        }
    }

    /// <summary>The connection leaves the document; the last to leave closes it on this server.</summary>
    public void Leave(Guid documentId, string connectionId)
    {
        lock (_sync)
        {
            if (!_members.TryGetValue(documentId, out var members) || !members.Remove(connectionId) || members.Count > 0)
            {
                return;
            }
            _members.Remove(documentId);
            sequencers.Evict(documentId);
        }
    }
}
