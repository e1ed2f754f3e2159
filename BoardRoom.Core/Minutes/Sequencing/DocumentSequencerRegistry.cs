using System.Collections.Concurrent;

namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// Hands out the one <see cref="DocumentSequencer"/> of each document on this server, opening it from the log on
/// first use. Meant to be a singleton; concurrent first calls for a document share one open.
/// </summary>
public sealed class DocumentSequencerRegistry : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<DocumentSequencer>>> _sequencers = new();
    private readonly IOperationLog _log;
    private readonly DocumentSequencerOptions _options;
    private readonly TimeProvider _time;

    public DocumentSequencerRegistry(IOperationLog log, DocumentSequencerOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        _log = log;
        _options = options ?? new DocumentSequencerOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The sequencer of <paramref name="documentId"/>, opened (from snapshot and log) on first use.</summary>
    public async Task<DocumentSequencer> GetAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        var lazy = _sequencers.GetOrAdd(
            documentId,
            id => new Lazy<Task<DocumentSequencer>>(() => DocumentSequencer.OpenAsync(id, _log, _options, _time, CancellationToken.None)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            // A failed open (database down) must not stick: the next call tries again.
            _sequencers.TryRemove(new KeyValuePair<Guid, Lazy<Task<DocumentSequencer>>>(documentId, lazy));
            throw;
        }
    }

    /// <summary>The sequencer of a document already open on this server, or null: this never opens one.</summary>
    public DocumentSequencer? OpenOrNull(Guid documentId) =>
        _sequencers.TryGetValue(documentId, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully ? lazy.Value.Result : null;

    /// <summary>
    /// Forgets a document's sequencer (e.g. when its last member left). A later <see cref="GetAsync"/> reopens it
    /// from the log, so nothing is lost. The evicted instance is not disposed: a caller may still hold it, and
    /// while it finishes it simply acts as a second server on the same log, which the log's uniqueness makes safe.
    /// </summary>
    public bool Evict(Guid documentId) => _sequencers.TryRemove(documentId, out _);

    public void Dispose()
    {
        foreach (var lazy in _sequencers.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                lazy.Value.Result.Dispose();
            }
        }
        _sequencers.Clear();
    }
}
