using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Testing.Minutes;

/// <summary>A thread-safe <see cref="IOperationLog"/> in memory: the reference implementation, and the log of tests.</summary>
public sealed class InMemoryOperationLog : IOperationLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, DocumentLog> _documents = [];

    /// <summary>
    /// Runs before each append is decided, outside the lock. Tests use it to interleave concurrent appends or to make
    /// the store fail.
    /// </summary>
    public Func<OperationRecord, Task>? BeforeAppend { get; set; }

    /// <summary>Runs after a record is stored. Tests use it to lose an acknowledgement after the commit.</summary>
    public Func<OperationRecord, Task>? AfterAppend { get; set; }

    public Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_documents.TryGetValue(documentId, out var log))
            {
                return Task.FromResult(new StoredDocument(null, []));
            }
            var from = log.Snapshot?.Revision ?? 0;
            return Task.FromResult(new StoredDocument(log.Snapshot, log.Records.Skip((int)from).ToList()));
        }
    }

    public Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<OperationRecord> result = _documents.TryGetValue(documentId, out var log) && revision < log.Records.Count
                ? log.Records.GetRange((int)Math.Max(0, revision), log.Records.Count - (int)Math.Max(0, revision))
                : [];
            return Task.FromResult(result);
        }
    }

    public async Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (BeforeAppend is { } before)
        {
            await before(record);
        }
        AppendResult result;
        lock (_gate)
        {
            if (!_documents.TryGetValue(record.DocumentId, out var log))
            {
                log = new DocumentLog();
                _documents.Add(record.DocumentId, log);
            }
            if (record.Revision <= log.Records.Count)
            {
                result = AppendResult.RevisionConflict;
            }
            else if (record.Revision != log.Records.Count + 1)
            {
                throw new InvalidOperationException(
                    $"Revision {record.Revision} would leave a gap after revision {log.Records.Count} of document {record.DocumentId}.");
            }
            else if (log.ByClient.ContainsKey((record.ClientId, record.ClientSeq)))
            {
                result = AppendResult.DuplicateSubmission;
            }
            else
            {
                log.Records.Add(record);
                log.ByClient.Add((record.ClientId, record.ClientSeq), record);
                result = AppendResult.Appended;
            }
        }
        if (result == AppendResult.Appended && AfterAppend is { } after)
        {
            await after(record);
        }
        return result;
    }

    /// <summary>All or none, under one lock; <see cref="BeforeAppend"/> and <see cref="AfterAppend"/> run for each record.</summary>
    public async Task<AppendResult> TryAppendAllAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (BeforeAppend is { } before)
        {
            foreach (var record in records)
            {
                await before(record);
            }
        }
        lock (_gate)
        {
            if (records.Count == 0)
            {
                return AppendResult.Appended;
            }
            if (!_documents.TryGetValue(records[0].DocumentId, out var log))
            {
                log = new DocumentLog();
                _documents.Add(records[0].DocumentId, log);
            }
            var next = log.Records.Count + 1;
            var clients = new HashSet<(string, long)>();
            for (var i = 0; i < records.Count; i++)
            {
                var r = records[i];
                if (r.DocumentId != records[0].DocumentId || r.Revision != next + i || log.ByClient.ContainsKey((r.ClientId, r.ClientSeq)) || !clients.Add((r.ClientId, r.ClientSeq)))
                {
                    return AppendResult.RevisionConflict;
                }
            }
            foreach (var r in records)
            {
                log.Records.Add(r);
                log.ByClient.Add((r.ClientId, r.ClientSeq), r);
            }
        }
        if (AfterAppend is { } after)
        {
            foreach (var record in records)
            {
                await after(record);
            }
        }
        return AppendResult.Appended;
    }

    public Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _documents.TryGetValue(documentId, out var log) && log.ByClient.TryGetValue((clientId, clientSeq), out var record) ? record : null);
        }
    }

    public Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            if (!_documents.TryGetValue(snapshot.DocumentId, out var log))
            {
                log = new DocumentLog();
                _documents.Add(snapshot.DocumentId, log);
            }
            if (snapshot.Revision > log.Records.Count)
            {
                throw new InvalidOperationException($"Snapshot at revision {snapshot.Revision} is ahead of the log ({log.Records.Count}).");
            }
            if (log.Snapshot is null || snapshot.Revision > log.Snapshot.Revision)
            {
                log.Snapshot = snapshot;
            }
        }
        return Task.CompletedTask;
    }

    private sealed class DocumentLog
    {
        public List<OperationRecord> Records { get; } = [];

        public Dictionary<(string ClientId, long ClientSeq), OperationRecord> ByClient { get; } = [];

        public DocumentSnapshot? Snapshot { get; set; }
    }
}
