using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

public sealed class OtClientTests
{
    [Fact]
    public void LocalEdits_WaitBehindTheOneInFlightComposedIntoOne()
    {
        var client = new OtClient("c", "alice", string.Empty, 0);

        var first = client.ApplyLocal(TextOperation.Insert(0, 0, "a"));
        Assert.Null(client.ApplyLocal(TextOperation.Insert(1, 1, "b")));
        Assert.Null(client.ApplyLocal(TextOperation.Insert(2, 2, "c")));
        Assert.Equal(OtClientState.AwaitingWithBuffer, client.State);
        var second = client.ReceiveAck(1);

        Assert.Equal(new Submission("c", 1, 0, TextOperation.Parse("[\"a\"]"), "alice"), first);
        Assert.Equal(new Submission("c", 2, 1, TextOperation.Parse("[1,\"bc\"]"), "alice"), second);
        Assert.Null(client.ReceiveAck(2));
        Assert.Equal(OtClientState.Synchronized, client.State);
    }

    [Fact]
    public void RemoteInsertAtThePositionOfPendingText_GoesBeforeItAsOnTheServer()
    {
        var client = new OtClient("c", "alice", "xy", 5);
        client.ApplyLocal(TextOperation.Insert(2, 1, "L"));
        var applied = new List<TextOperation>();
        client.RemoteOperationApplied += applied.Add;

        client.ReceiveOperation(6, TextOperation.Parse("[1,\"R\",1]"), "other", 1);

        Assert.Equal("xRLy", client.Text);
        Assert.Equal([TextOperation.Parse("[1,\"R\",2]")], applied);
        Assert.Equal(TextOperation.Parse("[2,\"L\",1]"), client.PendingSubmission!.Operation);
        Assert.Equal(6, client.PendingSubmission.BaseRevision);
    }

    [Fact]
    public void EarlyMessages_WaitForTheRevisionsBeforeThemAndRepeatsAreIgnored()
    {
        var client = new OtClient("c", "alice", string.Empty, 0);

        client.ReceiveOperation(2, TextOperation.Parse("[1,\"b\"]"));
        Assert.Equal((string.Empty, 1), (client.Text, client.HeldMessages));
        client.ReceiveOperation(1, TextOperation.Parse("[\"a\"]"));
        client.ReceiveOperation(1, TextOperation.Parse("[\"a\"]"));

        Assert.Equal("ab", client.Text);
        Assert.Equal(2, client.Revision);
    }

    [Fact]
    public void OwnEditReadBackAfterAReconnect_CountsAsItsAcknowledgement()
    {
        var client = new OtClient("c", "alice", string.Empty, 0);
        client.ApplyLocal(TextOperation.Insert(0, 0, "a"));
        client.ApplyLocal(TextOperation.Insert(1, 1, "b"));

        var next = client.ReceiveOperation(1, TextOperation.Parse("[\"a\"]"), "c", 1);

        Assert.Equal("ab", client.Text);
        Assert.Equal(2, next!.ClientSeq);
    }

    [Fact]
    public void AnotherMembersCursor_MapsThroughPendingLocalEdits()
    {
        var client = new OtClient("c", "alice", "hello", 0);
        client.ApplyLocal(TextOperation.Insert(5, 0, ">> "));

        Assert.Equal(8, client.TransformServerIndex(5));
        Assert.Equal(0, client.TransformServerIndex(0));
    }
}
