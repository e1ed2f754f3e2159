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
        await using var cluster = await BackplaneCluster.StartAsync();

        for (var i = 0; i < 25; i++)
        {
            cluster.OnA.Insert(int.MaxValue, $"<a{i}>");
            cluster.OnB.Insert(0, $"<b{i}>");
            await Task.Delay(5);
        }

        // Only the backplane brings the other node's edits: neither node re-reads the log for a client that only listens.
        await cluster.AssertEveryReplicaHoldsTheLogAsync(expectedEdits: 50);
    }

    [Fact]
    public async Task RedisRestartedMidEdit_EveryReplicaConvergesWithinSeconds_WithEveryEditOnce()
    {
        await using var cluster = await BackplaneCluster.StartAsync();

        for (var i = 0; i < 60; i++)
        {
            if (i == 20)
            {
                // Broadcasts between the nodes are lost while Redis is down; the edits themselves are in the database.
                await cluster.Redis.RestartAsync();
            }
            cluster.OnA.Insert(int.MaxValue, $"<a{i}>");
            cluster.OnB.Insert(0, $"<b{i}>");
            await Task.Delay(50);
        }

        await cluster.AssertEveryReplicaHoldsTheLogAsync(expectedEdits: 120);
        // The restart did cost someone a broadcast, healed by rejoining on the gap.
        Assert.True(cluster.Clients.Sum(c => c.GapRejoins) > 0, "no client saw a gap: the restart tested nothing");
    }

    [Fact]
    public async Task TheLastEditBeforeAQuietSpell_LostWhileRedisWasDown_ReachesEveryReplica_ByTheHeadHeartbeat()
    {
        await using var cluster = await BackplaneCluster.StartAsync();
        cluster.OnA.Insert(0, "<a0>");
        await cluster.AssertEveryReplicaHoldsTheLogAsync(expectedEdits: 1);

        await cluster.Redis.StopAsync();
        cluster.OnA.Insert(int.MaxValue, "<a1>");
        // Stored and acknowledged on node A; its broadcast to node B is lost (kept down past the client library's backlog).
        await cluster.OnA.WaitUntilSettledAsync();
        await Task.Delay(TimeSpan.FromSeconds(6));
        await cluster.Redis.RestartAsync();

        // Nobody types again: only the head heartbeat can tell node B's clients that a revision is missing.
        await cluster.AssertEveryReplicaHoldsTheLogAsync(expectedEdits: 2);
        Assert.True(cluster.Clients.Sum(c => c.HeadsSeen) > 0);
        Assert.True(cluster.Clients.Sum(c => c.GapRejoins) > 0, "no client saw a gap: the outage tested nothing");
    }

    [Fact]
    public async Task AJoinerOnNodeB_SeesWhoIsInTheSectionOnNodeA_AndTheyDisappearWhenNodeADies()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
            ["BoardRoom__Minutes__PresenceLifetimeSeconds"] = "3",
        };
        await using var nodeA = await AppServer.StartAsync(settings: settings);
        await using var nodeB = await AppServer.StartAsync(nodeA.DataDirectory, settings);
        var section = (await ServerDatabase.SectionsAsync(nodeA, "uk-rare-diseases"))[0].Id;
        await using var helen = await LiveMinutesClient.ConnectAsync(nodeA, "helen.marsh@rdfb.example", "helen");
        var helenOnA = (await helen.JoinAsync(section)).You.ParticipantId;

        await using var aisha = await LiveMinutesClient.ConnectAsync(nodeB, "aisha.rahman@rdfb.example", "aisha");
        var joined = await aisha.JoinAsync(section);
        Assert.Contains(joined.Participants, p => p.ParticipantId == helenOnA && p.Name == "Helen Marsh");

        // Node A dies without a word: nobody there says Helen left. Her listing expires, and node B tells its members.
        await nodeA.KillAsync();
        await HubCalls.WaitForAsync(() => aisha.LeavesSeen.Any(l => l.ParticipantId == helenOnA), seconds: 15);
        await using var priya = await LiveMinutesClient.ConnectAsync(nodeB, "priya.raman@rdfb.example", "priya");
        var later = await priya.JoinAsync(section);
        Assert.DoesNotContain(later.Participants, p => p.ParticipantId == helenOnA);
        Assert.Contains(later.Participants, p => p.ParticipantId == joined.You.ParticipantId);
    }

    /// <summary>
    /// Redis, two nodes on one data folder with its backplane, and three members in one section: a typist on each
    /// node and a watcher on node B who only listens.
    /// </summary>
    private sealed class BackplaneCluster : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> _owned = [];

        public RedisServer Redis { get; private set; } = null!;

        public AppServer NodeA { get; private set; } = null!;

        public Guid Section { get; private set; }

        public LiveMinutesClient OnA { get; private set; } = null!;

        public LiveMinutesClient OnB { get; private set; } = null!;

        public IReadOnlyList<LiveMinutesClient> Clients { get; private set; } = [];

        public static async Task<BackplaneCluster> StartAsync()
        {
            var cluster = new BackplaneCluster();
            try
            {
                cluster.Redis = cluster.Own(await RedisServer.StartAsync());
                var settings = new Dictionary<string, string>
                {
                    ["ConnectionStrings__Redis"] = cluster.Redis.ConnectionString,
                    ["BoardRoom__Minutes__HeadIntervalSeconds"] = "1",
                };
                cluster.NodeA = cluster.Own(await AppServer.StartAsync(settings: settings));
                var nodeB = cluster.Own(await AppServer.StartAsync(cluster.NodeA.DataDirectory, settings));
                cluster.Section = (await ServerDatabase.SectionsAsync(cluster.NodeA, "uk-rare-diseases"))[0].Id;
                cluster.OnA = cluster.Own(await LiveMinutesClient.ConnectAsync(cluster.NodeA, "aisha.rahman@rdfb.example", "a"));
                cluster.OnB = cluster.Own(await LiveMinutesClient.ConnectAsync(nodeB, "helen.marsh@rdfb.example", "b"));
                var watcher = cluster.Own(await LiveMinutesClient.ConnectAsync(nodeB, "priya.raman@rdfb.example", "watcher"));
                cluster.Clients = [cluster.OnA, cluster.OnB, watcher];
                foreach (var client in cluster.Clients)
                {
                    await client.JoinAsync(cluster.Section);
                }
                return cluster;
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }

        /// <summary>Once the typists settle, every replica equals the op log, which holds each edit exactly once.</summary>
        public async Task AssertEveryReplicaHoldsTheLogAsync(int expectedEdits)
        {
            await OnA.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
            await OnB.WaitUntilSettledAsync(TimeSpan.FromSeconds(60));
            var (text, revision) = await ServerDatabase.ReplayLogAsync(NodeA, Section);
            foreach (var client in Clients)
            {
                await client.WaitForRevisionAsync(revision, TimeSpan.FromSeconds(30));
                Assert.Equal(text, client.Text);
            }
            var tokens = System.Text.RegularExpressions.Regex.Matches(text, "<[ab][0-9]+>").Select(m => m.Value).ToList();
            Assert.Equal(expectedEdits, tokens.Count);
            Assert.Equal(expectedEdits, tokens.Distinct().Count());
        }

        public async ValueTask DisposeAsync()
        {
            // Clients first, then the nodes, then Redis: the reverse of starting.
            for (var i = _owned.Count - 1; i >= 0; i--)
            {
                await _owned[i].DisposeAsync();
            }
            _owned.Clear();
        }

        private T Own<T>(T part) where T : IAsyncDisposable
        {
            _owned.Add(part);
            return part;
        }
    }
}
