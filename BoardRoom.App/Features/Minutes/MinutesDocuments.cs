using System.Collections.Concurrent;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.App.Features.Minutes;

/// <summary>The minutes documents open on this server, each opened once from snapshot + log on first use.</summary>
public sealed class MinutesDocuments(IOperationLog log, TimeProvider time, ILogger<MinutesDocuments> logger) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<OpenDocument>>> _open = new();

    public async Task<OpenDocument> GetAsync(Guid documentId)
    {
        var lazy = _open.GetOrAdd(documentId, id => new Lazy<Task<OpenDocument>>(() => OpenAsync(id)));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            // A failed open (e.g. the database was busy) must not poison the document for good.
            _open.TryRemove(new KeyValuePair<Guid, Lazy<Task<OpenDocument>>>(documentId, lazy));
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var lazy in _open.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully))
        {
            lazy.Value.Result.Dispose();
        }
        _open.Clear();
    }

    private async Task<OpenDocument> OpenAsync(Guid documentId)
    {
        var options = new DocumentSequencerOptions
        {
            SnapshotInterval = 100,
            SnapshotFailed = e => logger.LogWarning(e, "Saving a snapshot of minutes document {DocumentId} failed; the next interval retries.", documentId),
        };
        var sequencer = await DocumentSequencer.OpenAsync(documentId, log, options, time);
        return new OpenDocument(sequencer);
    }
}
