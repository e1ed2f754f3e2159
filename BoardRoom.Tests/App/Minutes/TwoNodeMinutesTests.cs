using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Minutes;

/// <summary>
/// Two app processes on one database, as two nodes behind a proxy would be: each keeps its own replica of a document,
/// and the op log they share is the truth.
/// </summary>
public sealed class TwoNodeMinutesTests
{
    [Fact]
    public async Task AJoinerOnALaggingNode_GetsTheTextSequencedOnTheOther_AndCanTypeOnIt()
    {
        await using var nodeA = await AppServer.StartAsync();
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory);
        var section = (await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases"))[0].Id;

        // Node B opens its replica of the document first…
        await using var early = await LiveMinutesClient.ConnectAsync(nodeB, "helen.marsh@rdfb.example", "early");
        await early.JoinAsync(section);
        // …then a member types through node A, which B does not hear of.
        await using var typist = await LiveMinutesClient.ConnectAsync(nodeA, "aisha.rahman@rdfb.example", "typist");
        await typist.JoinAsync(section);
        typist.Insert(0, "Agreed through node A. ");
        await typist.WaitUntilSettledAsync();

        await using var late = await LiveMinutesClient.ConnectAsync(nodeB, "priya.raman@rdfb.example", "late");
        var joined = await late.JoinAsync(section);

        Assert.StartsWith("Agreed through node A. ", joined.Text);
        Assert.Equal(typist.Revision, joined.Revision);
        // And the late joiner's own edit lands on top of it, on node B, with no revision gap in the log.
        late.Insert(int.MaxValue, "Noted on B.");
        await late.WaitUntilSettledAsync();
        var (text, revision) = await ServerDatabase.ReplayLogAsync(nodeA, section);
        Assert.Equal(late.Text, text);
        Assert.Equal(late.Revision, revision);
        Assert.Contains("Agreed through node A. ", text);
        Assert.EndsWith("Noted on B.", text);
    }
}
