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

    [Fact]
    public async Task WithTheRedisBackplane_EditsTypedOnBothNodesAtOnce_ReachEveryClient_AndConverge()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        var section = (await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases"))[0].Id;
        await using var onA = await LiveMinutesClient.ConnectAsync(nodeA, "aisha.rahman@rdfb.example", "a");
        await using var onB = await LiveMinutesClient.ConnectAsync(nodeB, "helen.marsh@rdfb.example", "b");
        await using var watcher = await LiveMinutesClient.ConnectAsync(nodeB, "priya.raman@rdfb.example", "watcher");
        foreach (var client in new[] { onA, onB, watcher })
        {
            await client.JoinAsync(section);
        }

        for (var i = 0; i < 25; i++)
        {
            onA.Insert(int.MaxValue, $"<a{i}>");
            onB.Insert(0, $"<b{i}>");
            await Task.Delay(5);
        }
        await onA.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
        await onB.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
        var (text, revision) = await ServerDatabase.ReplayLogAsync(nodeA, section);
        foreach (var client in new[] { onA, onB, watcher })
        {
            // Only the backplane brings the other node's edits: neither node re-reads the log for a client that only listens.
            await client.WaitForRevisionAsync(revision, TimeSpan.FromSeconds(30));
            Assert.Equal(text, client.Text);
        }
        var tokens = System.Text.RegularExpressions.Regex.Matches(text, "<[ab][0-9]+>").Select(m => m.Value).ToList();
        Assert.Equal(50, tokens.Count);
        Assert.Equal(50, tokens.Distinct().Count());
    }

    [Fact]
    public async Task RedisRestartedMidEdit_EveryReplicaConvergesWithinSeconds_WithEveryEditOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        var section = (await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases"))[0].Id;
        await using var onA = await LiveMinutesClient.ConnectAsync(nodeA, "aisha.rahman@rdfb.example", "a");
        await using var onB = await LiveMinutesClient.ConnectAsync(nodeB, "helen.marsh@rdfb.example", "b");
        await using var watcher = await LiveMinutesClient.ConnectAsync(nodeB, "priya.raman@rdfb.example", "watcher");
        foreach (var client in new[] { onA, onB, watcher })
        {
            await client.JoinAsync(section);
        }

        for (var i = 0; i < 60; i++)
        {
            if (i == 20)
            {
                // Broadcasts between the nodes are lost while Redis is down; the edits themselves are in the database.
                await redis.RestartAsync();
            }
            onA.Insert(int.MaxValue, $"<a{i}>");
            onB.Insert(0, $"<b{i}>");
            await Task.Delay(50);
        }
        await onA.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
        await onB.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
        var (text, revision) = await ServerDatabase.ReplayLogAsync(nodeA, section);
        foreach (var client in new[] { onA, onB, watcher })
        {
            await client.WaitForRevisionAsync(revision, TimeSpan.FromSeconds(30));
            Assert.Equal(text, client.Text);
        }
        var tokens = System.Text.RegularExpressions.Regex.Matches(text, "<[ab][0-9]+>").Select(m => m.Value).ToList();
        Assert.Equal(120, tokens.Count);
        Assert.Equal(120, tokens.Distinct().Count());
        // The restart did cost someone a broadcast, healed by rejoining on the gap.
        Assert.True(onA.GapRejoins + onB.GapRejoins + watcher.GapRejoins > 0, "no client saw a gap: the restart tested nothing");
    }
}
