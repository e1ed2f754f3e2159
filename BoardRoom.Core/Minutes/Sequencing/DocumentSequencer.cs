using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// The single point of truth for one document on one server: gives each submitted edit the next revision. Edits
/// are handled one at a time; each is transformed over the revisions its author had not seen, checked against the
/// current text, and appended to the <see cref="IOperationLog"/> before it is acknowledged, so an acknowledged edit
/// is never lost. Several sequencers (servers) may share one log: the log's uniqueness of revisions makes the loser
/// of a race catch up and try again.
/// </summary>
public sealed partial class DocumentSequencer : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IOperationLog _log;
    private readonly DocumentSequencerOptions _options;
    private readonly TimeProvider _time;
    private readonly MinutesText _text;

    // Records (_recentFrom, _revision], for transforming submissions based on a recent revision without the log.
    private readonly List<OperationRecord> _recent = [];
    private long _recentFrom;

    // The highest sequence number seen per (author, client): anything higher is certainly new to this server. Keyed by
    // author too, since a client id is only the client's word and others' ids are visible in every broadcast.
    private readonly Dictionary<(string AuthorId, string ClientId), long> _lastSeqByClient = [];
    private long _revision;

    private DocumentSequencer(Guid documentId, IOperationLog log, DocumentSequencerOptions options, TimeProvider time, DocumentSnapshot? snapshot)
    {
        DocumentId = documentId;
        _log = log;
        _options = options;
        _time = time;
        _text = new MinutesText(snapshot?.Text ?? string.Empty);
        _revision = snapshot?.Revision ?? 0;
        _recentFrom = _revision;
    }

    public Guid DocumentId { get; }

    /// <summary>The latest revision this sequencer has applied (other servers may be ahead).</summary>
    public long Revision => Interlocked.Read(ref _revision);

    /// <summary>Loads the document from its latest snapshot and the operations after it.</summary>
    public static async Task<DocumentSequencer> OpenAsync(
        Guid documentId,
        IOperationLog log,
        DocumentSequencerOptions? options = null,
        TimeProvider? timeProvider = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= new DocumentSequencerOptions();
        if (options.SnapshotInterval <= 0 || options.MaxAppendAttempts <= 0 || options.HistoryWindow <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Snapshot interval, append attempts and history window must be positive.");
        }
        var stored = await log.LoadAsync(documentId, cancellationToken).ConfigureAwait(false);
        var sequencer = new DocumentSequencer(documentId, log, options, timeProvider ?? TimeProvider.System, stored.Snapshot);
        foreach (var record in stored.Operations)
        {
            sequencer.Integrate(record);
        }
        return sequencer;
    }

    /// <summary>
    /// Waits for the document's one lock and hands it over: every other call on this sequencer waits until it is
    /// disposed. The other public methods each take it for themselves.
    /// </summary>
    public async Task<DocumentLock> LockAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new DocumentLock(this, _gate);
    }

    /// <summary>The text and revision together, for a member who joins the document.</summary>
    public async Task<DocumentState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        return held.State;
    }

    /// <summary>Operations after <paramref name="revision"/>, for a client catching up after a reconnect.</summary>
    public async Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(long revision, CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        return await held.OperationsSinceAsync(revision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies whatever other servers appended to the log since this sequencer last looked.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        await held.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sequences a client's edit. Returns once the transformed edit is in the log. A submission seen before (same
    /// author, client and sequence number, and the same edit) is not applied again: its original acknowledgement is
    /// returned. Throws <see cref="OperationRejectedException"/> when the edit does not fit (nothing is stored),
    /// <see cref="ConflictingSubmissionException"/> when the (client, sequence number) is stored for another author or
    /// with another operation, and <see cref="RevisionConflictException"/> when other servers kept winning the race for
    /// the next revision.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        return await held.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
    }

    internal DocumentState StateHeld() => new(DocumentId, _revision, _text.ToString());

    internal Task CatchUpHeldAsync(CancellationToken cancellationToken) => CatchUpAsync(cancellationToken);

    internal Task<IReadOnlyList<OperationRecord>> OperationsSinceHeldAsync(long revision, CancellationToken cancellationToken) =>
        OperationsSinceAsync(revision, cancellationToken);

    /// <summary><see cref="SubmitAsync"/>, by the holder of the document's lock.</summary>
    internal async Task<SubmitResult> SubmitHeldAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(submission.Operation);
        ArgumentException.ThrowIfNullOrEmpty(submission.ClientId);
        ArgumentNullException.ThrowIfNull(submission.AuthorId);

        var seen = await FindSequencedAsync(submission, cancellationToken).ConfigureAwait(false);
        if (seen is not null)
        {
            return await AsDuplicateAsync(submission, seen, cancellationToken).ConfigureAwait(false);
        }

        if (submission.BaseRevision > _revision)
        {
            // The client may have seen revisions another server sequenced that this one has not read yet.
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }
        if (submission.BaseRevision < 0 || submission.BaseRevision > _revision)
        {
            throw new OperationRejectedException(
                OperationRejectionReason.RevisionOutOfRange,
                $"Base revision {submission.BaseRevision} is outside 0..{_revision} of document {DocumentId}.");
        }

        var operation = submission.Operation;
        foreach (var concurrent in await OperationsSinceAsync(submission.BaseRevision, cancellationToken).ConfigureAwait(false))
        {
            operation = TextOperation.Transform(concurrent.Operation, operation).RightPrime;
        }

        for (var attempt = 1; attempt <= _options.MaxAppendAttempts; attempt++)
        {
            operation.ValidateAgainst(_text);
            var record = new OperationRecord(
                DocumentId, _revision + 1, submission.AuthorId, submission.ClientId, submission.ClientSeq, operation, _time.GetUtcNow());
            switch (await _log.TryAppendAsync(record, cancellationToken).ConfigureAwait(false))
            {
                case AppendResult.Appended:
                    Integrate(record);
                    await SnapshotIfDueAsync().ConfigureAwait(false);
                    return new SubmitResult(record.Revision, record.Operation, IsDuplicate: false);

                case AppendResult.DuplicateSubmission:
                    await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                    var original = await _log.FindByClientAsync(DocumentId, submission.ClientId, submission.ClientSeq, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException("The log reported a duplicate submission it cannot find.");
                    return await AsDuplicateAsync(submission, original, cancellationToken).ConfigureAwait(false);

                default:
                    // Another server took the revision. A random pause keeps two busy servers from losing to each
                    // other in lockstep; then transform over what they appended, and retry.
                    if (attempt > 1)
                    {
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1 << Math.Min(attempt, 5))), _time, cancellationToken)
                            .ConfigureAwait(false);
                    }
                    foreach (var missed in await CatchUpAsync(cancellationToken).ConfigureAwait(false))
                    {
                        if (missed.ClientId == submission.ClientId && missed.ClientSeq == submission.ClientSeq)
                        {
                            // `operation` is now transformed up to the revision before `missed`: compare like for like.
                            return missed.AuthorId == submission.AuthorId && missed.Operation.Equals(operation)
                                ? new SubmitResult(missed.Revision, missed.Operation, IsDuplicate: true)
                                : throw new ConflictingSubmissionException(DocumentId, submission.ClientId, submission.ClientSeq, missed.AuthorId != submission.AuthorId);
                        }
                        operation = TextOperation.Transform(missed.Operation, operation).RightPrime;
                    }
                    break;
            }
        }
        throw new RevisionConflictException(DocumentId, _options.MaxAppendAttempts);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// The stored record for the submission's (client, sequence number) is its original only if the author is the same
    /// and the operation is the same edit: the re-sent operation, transformed from its base revision over what came
    /// before the stored one, must equal the stored operation (a client rebases an unacknowledged edit exactly as the
    /// server does). Anything else would acknowledge, and so lose, an edit that was never stored.
    /// </summary>
    private async Task<SubmitResult> AsDuplicateAsync(Submission submission, OperationRecord stored, CancellationToken cancellationToken)
    {
        if (stored.AuthorId != submission.AuthorId)
        {
            throw new ConflictingSubmissionException(DocumentId, submission.ClientId, submission.ClientSeq, byAnotherAuthor: true);
        }
        var operation = submission.Operation;
        if (submission.BaseRevision < stored.Revision - 1 && submission.BaseRevision >= 0)
        {
            foreach (var concurrent in await OperationsSinceAsync(submission.BaseRevision, cancellationToken).ConfigureAwait(false))
            {
                if (concurrent.Revision >= stored.Revision)
                {
                    break;
                }
                try
                {
                    operation = TextOperation.Transform(concurrent.Operation, operation).RightPrime;
                }
                catch (OperationRejectedException)
                {
                    throw new ConflictingSubmissionException(DocumentId, submission.ClientId, submission.ClientSeq, byAnotherAuthor: false);
                }
            }
        }
        return operation.Equals(stored.Operation)
            ? new SubmitResult(stored.Revision, stored.Operation, IsDuplicate: true)
            : throw new ConflictingSubmissionException(DocumentId, submission.ClientId, submission.ClientSeq, byAnotherAuthor: false);
    }

    private async Task<OperationRecord?> FindSequencedAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (_lastSeqByClient.TryGetValue((submission.AuthorId, submission.ClientId), out var last) && submission.ClientSeq > last)
        {
            return null;
        }
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            var r = _recent[i];
            if (r.ClientSeq == submission.ClientSeq && r.ClientId == submission.ClientId)
            {
                return r;
            }
        }
        return await _log.FindByClientAsync(DocumentId, submission.ClientId, submission.ClientSeq, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<OperationRecord>> OperationsSinceAsync(long revision, CancellationToken cancellationToken)
    {
        if (revision >= _revision)
        {
            return [];
        }
        if (revision >= _recentFrom)
        {
            var skip = (int)(revision - _recentFrom);
            return _recent.GetRange(skip, _recent.Count - skip);
        }
        var records = await _log.GetOperationsSinceAsync(DocumentId, revision, cancellationToken).ConfigureAwait(false);
        // The log may already hold revisions this sequencer has not applied; those are not part of its history yet.
        return records.Where(r => r.Revision <= _revision).ToList();
    }

    private async Task<IReadOnlyList<OperationRecord>> CatchUpAsync(CancellationToken cancellationToken)
    {
        var missed = await _log.GetOperationsSinceAsync(DocumentId, _revision, cancellationToken).ConfigureAwait(false);
        foreach (var record in missed)
        {
            Integrate(record);
        }
        return missed;
    }

    private void Integrate(OperationRecord record)
    {
        if (record.Revision != _revision + 1)
        {
            throw new InvalidOperationException($"Document {DocumentId}: expected revision {_revision + 1} from the log, got {record.Revision}.");
        }
        _text.Apply(record.Operation);
        _recent.Add(record);
        if (_recent.Count > 2 * _options.HistoryWindow)
        {
            var drop = _recent.Count - _options.HistoryWindow;
            _recent.RemoveRange(0, drop);
            _recentFrom += drop;
        }
        if (!_lastSeqByClient.TryGetValue((record.AuthorId, record.ClientId), out var last) || record.ClientSeq > last)
        {
            _lastSeqByClient[(record.AuthorId, record.ClientId)] = record.ClientSeq;
        }
        Interlocked.Exchange(ref _revision, record.Revision);
    }

    private async Task SnapshotIfDueAsync(long since = -1)
    {
        // Due when the revision reached a multiple of the interval: by one edit, or passed it within a group.
        if (since < 0 ? _revision % _options.SnapshotInterval != 0 : _revision / _options.SnapshotInterval == since / _options.SnapshotInterval)
        {
            return;
        }
        try
        {
            // Not cancellable: the operation is committed, and a half-written snapshot helps nobody.
            await _log.SaveSnapshotAsync(new DocumentSnapshot(DocumentId, _revision, _text.ToString(), _time.GetUtcNow()), CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The edit is already committed and acknowledged-to-be; a missing snapshot only makes the next open slower.
            _options.SnapshotFailed?.Invoke(ex);
        }
    }
}
