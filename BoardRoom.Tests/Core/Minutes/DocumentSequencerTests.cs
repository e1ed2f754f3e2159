using System.Globalization;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class DocumentSequencerTests
{
    private static readonly Guid Doc = Guid.NewGuid();

    [Fact]
    public async Task FirstSubmission_BecomesRevisionOneAndIsLoggedBeforeTheAck()
    {
        var log = new InMemoryOperationLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);

        var result = await sequencer.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "Apologies: none"), "alice"));

        Assert.Equal(1, result.Revision);
        Assert.False(result.IsDuplicate);
        var logged = Assert.Single(await log.GetOperationsSinceAsync(Doc, 0));
        Assert.Equal(("alice", "c1", 1L, 1L), (logged.AuthorId, logged.ClientId, logged.ClientSeq, logged.Revision));
        Assert.Equal("Apologies: none", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task ConcurrentInsertsAtSamePosition_EarlierSequencedGoesFirst()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        await sequencer.SubmitAsync(new Submission("c0", 1, 0, TextOperation.Insert(0, 0, "ab"), "x"));

        await sequencer.SubmitAsync(new Submission("c1", 1, 1, TextOperation.Insert(2, 1, "1"), "alice"));
        var late = await sequencer.SubmitAsync(new Submission("c2", 1, 1, TextOperation.Insert(2, 1, "2"), "bob"));

        Assert.Equal(TextOperation.Parse("[2,\"2\",1]"), late.Operation);
        Assert.Equal("a12b", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task ResubmittedEdit_IsAcknowledgedAgainButAppliedOnce()
    {
        var log = new InMemoryOperationLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);
        var submission = new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "x"), "alice");

        var first = await sequencer.SubmitAsync(submission);
        await sequencer.SubmitAsync(new Submission("c2", 1, 1, TextOperation.Insert(1, 1, "y"), "bob"));
        var again = await sequencer.SubmitAsync(submission);

        Assert.True(again.IsDuplicate);
        Assert.Equal(first.Revision, again.Revision);
        Assert.Equal(first.Operation, again.Operation);
        Assert.Equal("xy", (await sequencer.GetStateAsync()).Text);
        Assert.Equal(2, (await log.GetOperationsSinceAsync(Doc, 0)).Count);
    }

    [Fact]
    public async Task AnotherAuthorsSubmissionUnderTheSameClientIdAndSeq_IsNotADuplicate_AndStoresNothing()
    {
        var log = new InMemoryOperationLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);
        await sequencer.SubmitAsync(new Submission("tab", 1, 0, TextOperation.Insert(0, 0, "alice"), "alice"));

        var taken = await Assert.ThrowsAsync<ConflictingSubmissionException>(() =>
            sequencer.SubmitAsync(new Submission("tab", 1, 0, TextOperation.Insert(0, 0, "mallory"), "mallory")));

        Assert.True(taken.ByAnotherAuthor);
        Assert.Equal("alice", (await sequencer.GetStateAsync()).Text);
        Assert.Single(await log.GetOperationsSinceAsync(Doc, 0));
    }

    [Fact]
    public async Task AResendWithAnotherOperation_IsAConflict_NotADuplicate()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        await sequencer.SubmitAsync(new Submission("tab", 1, 0, TextOperation.Insert(0, 0, "first"), "alice"));

        var conflict = await Assert.ThrowsAsync<ConflictingSubmissionException>(() =>
            sequencer.SubmitAsync(new Submission("tab", 1, 0, TextOperation.Insert(0, 0, "other"), "alice")));

        Assert.False(conflict.ByAnotherAuthor);
        Assert.Equal("first", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task AResendFromAnOlderBase_IsRecognisedAfterTransformation()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        await sequencer.SubmitAsync(new Submission("b", 1, 0, TextOperation.Insert(0, 0, "ab"), "bob"));
        await sequencer.SubmitAsync(new Submission("b", 2, 1, TextOperation.Insert(2, 0, "<"), "bob"));
        // Alice's edit was made at revision 1 and sequenced as revision 3, transformed over bob's revision 2.
        var original = await sequencer.SubmitAsync(new Submission("a", 1, 1, TextOperation.Insert(2, 2, ">"), "alice"));

        var fromOldBase = await sequencer.SubmitAsync(new Submission("a", 1, 1, TextOperation.Insert(2, 2, ">"), "alice"));
        var rebased = await sequencer.SubmitAsync(new Submission("a", 1, 2, original.Operation, "alice"));

        Assert.Equal(3, original.Revision);
        Assert.True(fromOldBase.IsDuplicate);
        Assert.True(rebased.IsDuplicate);
        Assert.Equal(3, fromOldBase.Revision);
        Assert.Equal("<ab>", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task ResubmittedEdit_IsFoundInTheLogByANewSequencer()
    {
        var log = new InMemoryOperationLog();
        var submission = new Submission("c1", 7, 0, TextOperation.Insert(0, 0, "x"), "alice");
        using (var before = await DocumentSequencer.OpenAsync(Doc, log))
        {
            await before.SubmitAsync(submission);
        }

        using var after = await DocumentSequencer.OpenAsync(Doc, log, new DocumentSequencerOptions { HistoryWindow = 1 });
        var again = await after.SubmitAsync(submission);

        Assert.True(again.IsDuplicate);
        Assert.Equal("x", (await after.GetStateAsync()).Text);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public async Task BaseRevisionOutsideTheHistory_IsRejected(long baseRevision)
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        await sequencer.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "x"), "alice"));

        var error = await Assert.ThrowsAsync<OperationRejectedException>(
            () => sequencer.SubmitAsync(new Submission("c2", 1, baseRevision, TextOperation.Identity(1), "bob")));

        Assert.Equal(OperationRejectionReason.RevisionOutOfRange, error.Reason);
    }

    [Fact]
    public async Task OperationThatDoesNotFit_IsRejectedAndNothingIsStored()
    {
        var log = new InMemoryOperationLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);
        await sequencer.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "\ud83d\ude00"), "alice"));

        var tooLong = await Assert.ThrowsAsync<OperationRejectedException>(
            () => sequencer.SubmitAsync(new Submission("c2", 1, 1, TextOperation.Identity(5), "bob")));
        var splitting = await Assert.ThrowsAsync<OperationRejectedException>(
            () => sequencer.SubmitAsync(new Submission("c2", 2, 1, TextOperation.Insert(2, 1, "x"), "bob")));

        Assert.Equal(OperationRejectionReason.BaseLengthMismatch, tooLong.Reason);
        Assert.Equal(OperationRejectionReason.SplitsSurrogatePair, splitting.Reason);
        Assert.Single(await log.GetOperationsSinceAsync(Doc, 0));
        Assert.Equal(1, sequencer.Revision);
    }

    [Fact]
    public async Task FailingStore_LeavesTheSequencerUnchanged()
    {
        var log = new InMemoryOperationLog { BeforeAppend = _ => throw new IOException("disk full") };
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log);

        await Assert.ThrowsAsync<IOException>(() => sequencer.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "x"), "a")));
        log.BeforeAppend = null;
        var result = await sequencer.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "y"), "a"));

        Assert.Equal(1, result.Revision);
        Assert.Equal("y", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task Snapshots_AreTakenEveryIntervalAndOpeningUsesThem()
    {
        var log = new InMemoryOperationLog();
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, log, new DocumentSequencerOptions { SnapshotInterval = 10 });
        var text = string.Empty;
        for (var i = 1; i <= 25; i++)
        {
            var op = TextOperation.Insert(text.Length, text.Length, i.ToString(CultureInfo.InvariantCulture));
            text = op.Apply(text);
            await sequencer.SubmitAsync(new Submission("c1", i, i - 1, op, "alice"));
        }

        var stored = await log.LoadAsync(Doc);
        using var reopened = await DocumentSequencer.OpenAsync(Doc, log);

        Assert.Equal(20, stored.Snapshot!.Revision);
        Assert.Equal(5, stored.Operations.Count);
        Assert.Equal(25, reopened.Revision);
        Assert.Equal(text, (await reopened.GetStateAsync()).Text);
    }

    [Fact]
    public async Task SubmissionBasedOnOldRevision_IsTransformedOverTheLogBeyondTheMemoryWindow()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog(), new DocumentSequencerOptions { HistoryWindow = 2 });
        await sequencer.SubmitAsync(new Submission("c0", 1, 0, TextOperation.Insert(0, 0, "--"), "x"));
        for (var i = 0; i < 10; i++)
        {
            await sequencer.SubmitAsync(new Submission("c1", i + 1, 1 + i, TextOperation.Insert(2 + i, 0, "a"), "alice"));
        }

        await sequencer.SubmitAsync(new Submission("c2", 1, 1, TextOperation.Insert(2, 2, "!"), "bob"));

        Assert.Equal("aaaaaaaaaa--!", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task TwoSequencersOnOneLog_NeverAssignARevisionTwiceAndConverge()
    {
        var log = new InMemoryOperationLog { BeforeAppend = async _ => await Task.Yield() };
        using var a = await DocumentSequencer.OpenAsync(Doc, log);
        using var b = await DocumentSequencer.OpenAsync(Doc, log);

        // Every client bases its edits on revision 0, so each must be transformed over whatever either server took.
        var tasks = Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            var sequencer = i % 2 == 0 ? a : b;
            return sequencer.SubmitAsync(new Submission($"c{i}", 1, 0, TextOperation.Insert(0, 0, $"<{i}>"), "m"));
        }));
        var results = await Task.WhenAll(tasks);
        await a.RefreshAsync();
        await b.RefreshAsync();

        var records = await log.GetOperationsSinceAsync(Doc, 0);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), records.Select(r => r.Revision));
        Assert.Equal(200, results.Select(r => r.Revision).Distinct().Count());
        var replayed = records.Aggregate(string.Empty, (text, r) => r.Operation.Apply(text));
        Assert.Equal(replayed, (await a.GetStateAsync()).Text);
        Assert.Equal(replayed, (await b.GetStateAsync()).Text);
        Assert.All(Enumerable.Range(0, 200), i => Assert.Contains($"<{i}>", replayed));
    }

    [Fact]
    public async Task ResubmissionToTheOtherServer_AfterALostAck_IsNotAppliedTwice()
    {
        var log = new InMemoryOperationLog();
        using var a = await DocumentSequencer.OpenAsync(Doc, log);
        using var b = await DocumentSequencer.OpenAsync(Doc, log);
        await b.SubmitAsync(new Submission("c1", 1, 0, TextOperation.Insert(0, 0, "a"), "alice"));
        await a.RefreshAsync();
        var lost = new Submission("c1", 2, 1, TextOperation.Insert(1, 1, "b"), "alice");
        await a.SubmitAsync(lost);

        var again = await b.SubmitAsync(lost);

        Assert.True(again.IsDuplicate);
        Assert.Equal(2, again.Revision);
        Assert.Equal("ab", (await b.GetStateAsync()).Text);
    }
}
