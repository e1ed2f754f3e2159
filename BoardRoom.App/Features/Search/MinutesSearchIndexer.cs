using System.Collections.Concurrent;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Search;

/// <summary>The minutes sections whose text changed on this node since the indexer last looked.</summary>
public sealed class MinutesSearchQueue : IDisposable
{
    private readonly ConcurrentDictionary<Guid, byte> _pending = new();
    private readonly SemaphoreSlim _signal = new(0);

    public void Mark(Guid sectionId)
    {
        if (_pending.TryAdd(sectionId, 0))
        {
            _signal.Release();
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _signal.WaitAsync(cancellationToken);

    public void Dispose() => _signal.Dispose();

    /// <summary>Takes every marked section; marks made meanwhile wait for the next round.</summary>
    public IReadOnlyList<Guid> TakeAll()
    {
        // Signals first, then sections: a section marked in between keeps its signal and is taken next round.
        while (_signal.Wait(0))
        {
        }
        var taken = new List<Guid>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out _))
            {
                taken.Add(id);
            }
        }
        return taken;
    }
}

/// <summary>
/// The minutes op log, telling search which sections changed: every edit committed by this node (an append that
/// succeeded) marks its section. The log itself is unchanged; the indexer reads the text from it afterwards.
/// </summary>
public sealed class SearchedOperationLog(IOperationLog inner, MinutesSearchQueue queue) : IOperationLog
{
    public Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default) => inner.LoadAsync(documentId, cancellationToken);

    public Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default) =>
        inner.GetOperationsSinceAsync(documentId, revision, cancellationToken);

    public async Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default)
    {
        var result = await inner.TryAppendAsync(record, cancellationToken);
        if (result == AppendResult.Appended)
        {
            queue.Mark(record.DocumentId);
        }
        return result;
    }

    public async Task<AppendResult> TryAppendAllAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken = default)
    {
        var result = await inner.TryAppendAllAsync(records, cancellationToken);
        if (result == AppendResult.Appended && records.Count > 0)
        {
            queue.Mark(records[0].DocumentId);
        }
        return result;
    }

    public Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default) =>
        inner.FindByClientAsync(documentId, clientId, clientSeq, cancellationToken);

    public Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default) => inner.SaveSnapshotAsync(snapshot, cancellationToken);
}

/// <summary>
/// Brings the index up to date with the minutes typed on this node: a moment after an edit is committed (edits in
/// that moment are taken together, so a typist costs one read per pause, not per key), it reads each changed
/// section's current text from the op log and writes it to the index (<see cref="SearchIndex.IndexMinutesAsync"/>).
/// A section edited on two nodes is indexed by both; the revision kept with the entry lets the later read win.
/// </summary>
public sealed class MinutesSearchIndexer(MinutesSearchQueue queue, SearchIndex index, ILogger<MinutesSearchIndexer> logger) : BackgroundService
{
    /// <summary>How long edits are gathered before the sections are read.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.WaitAsync(stoppingToken);
                await Task.Delay(Pause, stoppingToken);
                await IndexPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Indexes every section marked so far (tests call it to skip the pause).</summary>
    public async Task IndexPendingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var section in queue.TakeAll())
        {
            try
            {
                await index.IndexMinutesAsync(section, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next edit of the section, or the next rebuild, indexes it; the minutes themselves are safe in the log.
                logger.LogWarning(e, "Indexing minutes section {Section} for search failed.", section);
            }
        }
    }
}
