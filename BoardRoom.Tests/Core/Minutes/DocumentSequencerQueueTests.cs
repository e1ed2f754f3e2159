using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>
/// <see cref="DocumentSequencer.SubmitQueuedAsync"/>: submissions that queue while others are being stored are committed
/// together, in one append, with exactly the results they would have had one at a time.
/// </summary>
public sealed class DocumentSequencerQueueTests
{
    private static readonly Guid Doc = Guid.NewGuid();

    [Fact]
    public async Task SubmissionsQueuedWhileOneIsStored_AreCommittedTogether_AsIfStoredOneAtATime()
    {
        var (log, release) = BlockedFirstAppend();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);
        var order = new List<long>();

        var first = sequencer.SubmitQueuedAsync(new Submission("c0", 1, 0, TextOperation.Insert(0, 0, "Agreed. "), "chair"), r => order.Add(r.Revision));
        await log.FirstAppendStarted.Task;
        // Ten members typed at once on revision 0, each unaware of the others: all queue behind the first.
        var submissions = Enumerable.Range(1, 10)
            .Select(i => new Submission($"c{i}", 1, 0, TextOperation.Insert(0, 0, $"<{i}>"), $"member{i}"))
            .ToList();
        var queued = submissions.Select(s => sequencer.SubmitQueuedAsync(s, r => order.Add(r.Revision))).ToList();
        release.SetResult();
        var results = await Task.WhenAll(queued.Prepend(first));

        Assert.Equal(Enumerable.Range(1, 11).Select(i => (long)i), results.Select(r => r.Revision));
        Assert.Equal(results.Select(r => r.Revision), order);
        Assert.Equal([10], log.GroupSizes);
        // The same submissions stored one at a time, in the same order, give the same text and the same operations.
        using var alone = await DocumentSequencer.OpenAsync(Guid.NewGuid(), new InMemoryOperationLog());
        var one = await alone.SubmitAsync(new Submission("c0", 1, 0, TextOperation.Insert(0, 0, "Agreed. "), "chair"));
        var each = new List<SubmitResult> { one };
        foreach (var s in submissions)
        {
            each.Add(await alone.SubmitAsync(s));
        }
        Assert.Equal(each.Select(r => r.Operation), results.Select(r => r.Operation));
        Assert.Equal((await alone.GetStateAsync()).Text, (await sequencer.GetStateAsync()).Text);
        var stored = await log.GetOperationsSinceAsync(Doc, 0);
        Assert.Equal((await sequencer.GetStateAsync()).Text, stored.Aggregate(string.Empty, (text, r) => r.Operation.Apply(text)));
    }

    [Fact]
    public async Task ASubmissionThatDoesNotFit_IsRefusedAlone_AndTheRestOfItsGroupIsStored()
    {
        var (log, release) = BlockedFirstAppend();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);

        var first = sequencer.SubmitQueuedAsync(new Submission("c0", 1, 0, TextOperation.Insert(0, 0, "abc"), "a"));
        await log.FirstAppendStarted.Task;
        var good = sequencer.SubmitQueuedAsync(new Submission("c1", 1, 1, TextOperation.Insert(3, 3, "d"), "b"));
        var misfit = sequencer.SubmitQueuedAsync(new Submission("c2", 1, 1, TextOperation.Insert(7, 0, "x"), "c"));
        var later = sequencer.SubmitQueuedAsync(new Submission("c3", 1, 1, TextOperation.Insert(3, 0, "<"), "d"));
        release.SetResult();

        await first;
        await Assert.ThrowsAsync<OperationRejectedException>(() => misfit);
        Assert.Equal((2L, 3L), ((await good).Revision, (await later).Revision));
        Assert.Equal("<abcd", (await sequencer.GetStateAsync()).Text);
        Assert.Equal([2], log.GroupSizes);
    }

    [Fact]
    public async Task AResendQueuedBesideNewEdits_IsAnsweredAsADuplicate_AndAppliedOnce()
    {
        var log = new GroupCountingLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);
        await sequencer.SubmitQueuedAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "Minutes. "), "a"));
        var release = new TaskCompletionSource();
        log.Block(release.Task);

        var blocker = sequencer.SubmitQueuedAsync(new Submission("c9", 1, 1, TextOperation.Insert(9, 9, "Noted."), "z"));
        await log.FirstAppendStarted.Task;
        // The first edit again, as a client re-sends it after reconnecting, queued beside a new edit.
        var resend = sequencer.SubmitQueuedAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "Minutes. "), "a"));
        var fresh = sequencer.SubmitQueuedAsync(new Submission("c2", 1, 1, TextOperation.Insert(9, 0, "> "), "b"));
        release.SetResult();

        await blocker;
        var duplicate = await resend;
        Assert.True(duplicate.IsDuplicate);
        Assert.Equal(1, duplicate.Revision);
        Assert.Equal(3, (await fresh).Revision);
        Assert.Equal("> Minutes. Noted.", (await sequencer.GetStateAsync()).Text);
        Assert.Equal(3, (await log.GetOperationsSinceAsync(Doc, 0)).Count);
    }

    [Fact]
    public async Task AGroupWhoseRevisionsAnotherServerTook_IsStoredOneAtATime_AndBothServersConverge()
    {
        var log = new GroupCountingLog();
        using var a = await DocumentSequencer.OpenAsync(Doc, log);
        using var b = await DocumentSequencer.OpenAsync(Doc, log);
        var release = new TaskCompletionSource();
        log.Block(release.Task);
        var stolen = false;
        log.BeforeGroup = async () =>
        {
            if (!stolen)
            {
                stolen = true;
                // Server B takes the next revision between A preparing its group and storing it.
                await b.SubmitAsync(new Submission("b1", 1, 0, TextOperation.Insert(0, 0, "[B]"), "bea"));
            }
        };

        var first = a.SubmitQueuedAsync(new Submission("a0", 1, 0, TextOperation.Insert(0, 0, "[A0]"), "ann"));
        await log.FirstAppendStarted.Task;
        var group = Enumerable.Range(1, 4).Select(i => a.SubmitQueuedAsync(new Submission($"a{i}", 1, 0, TextOperation.Insert(0, 0, $"[A{i}]"), "ann"))).ToList();
        release.SetResult();
        var results = await Task.WhenAll(group.Prepend(first));
        await b.RefreshAsync();

        Assert.True(stolen);
        Assert.Equal(5, results.Select(r => r.Revision).Distinct().Count());
        var records = await log.GetOperationsSinceAsync(Doc, 0);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), records.Select(r => r.Revision));
        var replayed = records.Aggregate(string.Empty, (text, r) => r.Operation.Apply(text));
        Assert.Equal(replayed, (await a.GetStateAsync()).Text);
        Assert.Equal(replayed, (await b.GetStateAsync()).Text);
        Assert.All(new[] { "[B]", "[A0]", "[A1]", "[A2]", "[A3]", "[A4]" }, t => Assert.Contains(t, replayed));
    }

    private static (GroupCountingLog Log, TaskCompletionSource Release) BlockedFirstAppend()
    {
        var log = new GroupCountingLog();
        var release = new TaskCompletionSource();
        log.Block(release.Task);
        return (log, release);
    }

    /// <summary>The in-memory log, holding the next single append until released, and counting group appends.</summary>
    private sealed class GroupCountingLog : IOperationLog
    {
        private readonly InMemoryOperationLog _inner = new();
        private Task? _hold;

        public List<int> GroupSizes { get; } = [];

        public TaskCompletionSource FirstAppendStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Func<Task>? BeforeGroup { get; set; }

        public void Block(Task hold)
        {
            _hold = hold;
            FirstAppendStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public Task<StoredDocument> LoadAsync(Guid documentId, CancellationToken cancellationToken = default) => _inner.LoadAsync(documentId, cancellationToken);

        public Task<IReadOnlyList<OperationRecord>> GetOperationsSinceAsync(Guid documentId, long revision, CancellationToken cancellationToken = default) =>
            _inner.GetOperationsSinceAsync(documentId, revision, cancellationToken);

        public async Task<AppendResult> TryAppendAsync(OperationRecord record, CancellationToken cancellationToken = default)
        {
            if (_hold is { } hold)
            {
                _hold = null;
                FirstAppendStarted.TrySetResult();
                await hold;
            }
            return await _inner.TryAppendAsync(record, cancellationToken);
        }

        public async Task<AppendResult> TryAppendAllAsync(IReadOnlyList<OperationRecord> records, CancellationToken cancellationToken = default)
        {
            if (BeforeGroup is { } before)
            {
                await before();
            }
            var result = await _inner.TryAppendAllAsync(records, cancellationToken);
            if (result == AppendResult.Appended)
            {
                GroupSizes.Add(records.Count);
            }
            return result;
        }

        public Task<OperationRecord?> FindByClientAsync(Guid documentId, string clientId, long clientSeq, CancellationToken cancellationToken = default) =>
            _inner.FindByClientAsync(documentId, clientId, clientSeq, cancellationToken);

        public Task SaveSnapshotAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken = default) => _inner.SaveSnapshotAsync(snapshot, cancellationToken);
    }
}
