using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class DocumentLockTests
{
    private static readonly Guid Doc = Guid.NewGuid();

    [Fact]
    public async Task WhileTheLockIsHeld_OtherCallsWait_AndTheHolderSequencesAndReadsUnderIt()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        var held = await sequencer.LockAsync();

        var waiting = sequencer.SubmitAsync(new Submission("other", 1, 0, TextOperation.Insert(0, 0, "B"), "bob"));
        var mine = await held.SubmitAsync(new Submission("mine", 1, 0, TextOperation.Insert(0, 0, "A"), "alice"));
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);
        Assert.Equal((1L, "A"), (held.Revision, held.State.Text));
        held.Dispose();

        var theirs = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((1L, 2L), (mine.Revision, theirs.Revision));
        Assert.Equal("AB", (await sequencer.GetStateAsync()).Text);
    }

    [Fact]
    public async Task AReleasedLock_CannotBeUsed_AndReleasingTwiceFreesOnlyOnce()
    {
        using var sequencer = await DocumentSequencer.OpenAsync(Doc, new InMemoryOperationLog());
        var held = await sequencer.LockAsync();
        held.Dispose();
        held.Dispose();

        Assert.Throws<ObjectDisposedException>(() => held.State);
        using var next = await sequencer.LockAsync();
        // A second Dispose of the first lock must not have let a third holder in beside this one.
        var third = sequencer.LockAsync();
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        next.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
