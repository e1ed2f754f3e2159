using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Sequencing;

public sealed partial class DocumentSequencer
{
    /// <summary>Most submissions stored in one commit; more wait for the next.</summary>
    public const int MaxGroup = 64;

    private readonly Queue<QueuedSubmission> _queue = new();
    private readonly Lock _queueSync = new();
    private bool _pumping;

    /// <summary>
    /// Submits through the document's queue, for a server with many editors (the minutes hub). One pump per document
    /// takes the lock and stores what is queued: a lone submission as <see cref="SubmitAsync"/> would, and the
    /// submissions that queued while the last were being stored all together, in one append and one durable commit of
    /// the log (a group commit), each transformed over the ones before it. Every submission gets the result or the
    /// error it would have got alone. <paramref name="stored"/> runs for each stored or duplicate submission while the
    /// lock is still held, in revision order, for what must be sent in that order; it must not block.
    /// </summary>
    public Task<SubmitResult> SubmitQueuedAsync(Submission submission, Action<SubmitResult>? stored = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var queued = new QueuedSubmission(submission, stored);
        bool start;
        lock (_queueSync)
        {
            _queue.Enqueue(queued);
            start = !_pumping;
            _pumping = true;
        }
        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static sequencer => _ = sequencer.PumpAsync(), this, preferLocal: false);
        }
        return queued.Result.Task;
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            var group = new List<QueuedSubmission>();
            using (await LockAsync().ConfigureAwait(false))
            {
                lock (_queueSync)
                {
                    while (group.Count < MaxGroup && _queue.TryDequeue(out var next))
                    {
                        group.Add(next);
                    }
                    if (group.Count == 0)
                    {
                        _pumping = false;
                        return;
                    }
                }
                try
                {
                    await StoreGroupHeldAsync(group).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    // Not expected (each submission's own errors are its own); whoever is still waiting hears of it.
                    group.ForEach(q => q.Result.TrySetException(e));
                }
            }
        }
    }

    private async Task StoreGroupHeldAsync(List<QueuedSubmission> group)
    {
        var alone = new List<QueuedSubmission>();
        var together = new List<(QueuedSubmission Queued, OperationRecord Record)>();
        MinutesText? after = null;
        foreach (var queued in group)
        {
            var submission = queued.Submission;
            if (group.Count == 1 || !IsPlain(submission))
            {
                alone.Add(queued);
                continue;
            }
            try
            {
                // Over the revisions its author had not seen, then over the group's earlier submissions.
                var operation = submission.Operation;
                foreach (var concurrent in await OperationsSinceAsync(submission.BaseRevision, CancellationToken.None).ConfigureAwait(false))
                {
                    operation = TextOperation.Transform(concurrent.Operation, operation).RightPrime;
                }
                foreach (var (_, earlier) in together)
                {
                    operation = TextOperation.Transform(earlier.Operation, operation).RightPrime;
                }
                after ??= new MinutesText(_text.ToString());
                operation.ValidateAgainst(after);
                after.Apply(operation);
                together.Add((queued, new OperationRecord(
                    DocumentId, _revision + together.Count + 1, submission.AuthorId, submission.ClientId, submission.ClientSeq, operation, _time.GetUtcNow())));
            }
            catch (Exception e)
            {
                // Refused as it would have been alone (it does not fit); the rest of the group goes on.
                queued.Result.TrySetException(e);
            }
        }

        if (together.Count > 0)
        {
            var records = together.ConvertAll(t => t.Record);
            if (await _log.TryAppendAllAsync(records, CancellationToken.None).ConfigureAwait(false) == AppendResult.Appended)
            {
                var before = _revision;
                records.ForEach(Integrate);
                await SnapshotIfDueAsync(before).ConfigureAwait(false);
                together.ForEach(t => t.Queued.Stored(new SubmitResult(t.Record.Revision, t.Record.Operation, IsDuplicate: false)));
            }
            else
            {
                // Another server took a revision, or one is a re-send: nothing was stored; one at a time sorts it out.
                alone.InsertRange(0, together.Select(t => t.Queued));
            }
        }
        foreach (var queued in alone)
        {
            try
            {
                queued.Stored(await SubmitHeldAsync(queued.Submission, CancellationToken.None).ConfigureAwait(false));
            }
            catch (Exception e)
            {
                // Its own failure (refused, a conflicting re-send, the log unreachable): the others are unaffected.
                queued.Result.TrySetException(e);
            }
        }
    }

    /// <summary>
    /// A submission that can go in a group: new from its client (a re-send may be a duplicate), based on a revision
    /// this sequencer holds in memory, and well-formed. Anything else is stored alone, with the usual checks.
    /// </summary>
    private bool IsPlain(Submission submission) =>
        submission.Operation is not null && !string.IsNullOrEmpty(submission.ClientId) && submission.AuthorId is not null
        && submission.BaseRevision >= _recentFrom && submission.BaseRevision <= _revision
        && (!_lastSeqByClient.TryGetValue((submission.AuthorId, submission.ClientId), out var last) || submission.ClientSeq > last);

    private sealed class QueuedSubmission(Submission submission, Action<SubmitResult>? stored)
    {
        public Submission Submission => submission;

        public TaskCompletionSource<SubmitResult> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Stored(SubmitResult result)
        {
            try
            {
                stored?.Invoke(result);
            }
            finally
            {
                // Stored is stored, whatever the caller's follow-up did.
                Result.TrySetResult(result);
            }
        }
    }
}
