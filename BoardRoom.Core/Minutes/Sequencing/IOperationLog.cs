namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// Durable, append-only storage of a document's operations and snapshots. Implementations must enforce uniqueness of
/// (DocumentId, Revision) and of (DocumentId, ClientId, ClientSeq) atomically (a unique index in a database) and
/// report a violation as an <see cref="AppendResult"/> rather than an exception: that is what keeps two servers from
/// sequencing one revision twice, or one client edit twice.
/// </summary>
public interface IOperationLog
{
    /// <summary>The latest snapshot and all operations after it.</summary>
    Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default);

    /// <summary>Operations with a revision greater than <paramref name="revision"/>, in revision order.</summary>
    Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="record"/> unless its revision or its (client, sequence number) is taken.</summary>
    Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores consecutive <paramref name="records"/> of one document all together, in one durable commit, or none of
    /// them (a group commit: <see cref="DocumentSequencer.SubmitQueuedAsync"/>). Any revision or (client, sequence
    /// number) taken stores nothing and answers <see cref="AppendResult.RevisionConflict"/>; the sequencer then stores
    /// them one at a time, which tells the two apart. A log that cannot store several at once may answer that always.
    /// </summary>
    Task<AppendResult> TryAppendAllAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken = default) =>
        Task.FromResult(AppendResult.RevisionConflict);

    /// <summary>The record a client's submission produced, or null when it was never sequenced.</summary>
    Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default);

    /// <summary>Stores a snapshot; a store may keep only the latest one per document.</summary>
    Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default);
}
