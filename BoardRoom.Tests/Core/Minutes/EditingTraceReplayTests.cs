using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>Real editing sessions (see <see cref="EditingTrace"/> for their authors and licence) replayed through the engine.</summary>
public sealed class EditingTraceReplayTests
{
    [Theory]
    [InlineData("automerge-paper")]
    [InlineData("rustcode")]
    [InlineData("sveltecomponent")]
    public void SequentialTrace_AsOperations_ReachesItsEndContent(string name)
    {
        var trace = EditingTrace.Load(name);
        var text = new MinutesText(trace.StartContent);
        foreach (var patch in trace.Txns.SelectMany(t => t.Patches))
        {
            text.Apply(TextOperation.Replace(text.Length, patch.Position, patch.Delete, patch.Insert));
        }
        Assert.Equal(trace.EndContent, text.ToString());
    }

    [Theory]
    [InlineData("automerge-paper")]
    [InlineData("rustcode")]
    [InlineData("sveltecomponent")]
    public void SequentialTrace_ThroughThePositionalFastPath_ReachesItsEndContent(string name)
    {
        var trace = EditingTrace.Load(name);
        var text = new MinutesText(trace.StartContent);
        foreach (var patch in trace.Txns.SelectMany(t => t.Patches))
        {
            text.ApplyEdit(patch.Position, patch.Delete, patch.Insert);
        }
        Assert.Equal(trace.EndContent, text.ToString());
    }

    [Fact]
    public async Task SequentialTrace_ThroughTheSequencer_ReachesItsEndContent()
    {
        var trace = EditingTrace.Load("sveltecomponent");
        var log = new InMemoryOperationLog();
        var id = Guid.NewGuid();
        using var sequencer = await DocumentSequencer.OpenAsync(id, log);
        var client = new OtClient("c1", "author", trace.StartContent, 0);
        foreach (var txn in trace.Txns)
        {
            var op = TxnOperation(txn, client.Text.Length);
            var submission = client.ApplyLocal(op)!;
            var result = await sequencer.SubmitAsync(submission);
            client.ReceiveAck(result.Revision);
        }

        Assert.Equal(trace.EndContent, (await sequencer.GetStateAsync()).Text);
        using var reopened = await DocumentSequencer.OpenAsync(id, log);
        Assert.Equal(trace.EndContent, (await reopened.GetStateAsync()).Text);
    }

    /// <summary>
    /// The two-author trace replayed as a central server would (Jupiter): the server keeps, per author, the other
    /// author's operations that author had not yet seen, and transforms each incoming edit over them.
    /// </summary>
    /// <remarks>
    /// Contrary to the traces README, the result does depend on the tie-break at one spot: txns 22365-22368 (agent 0
    /// typing ", hu" at offset 3798) are concurrent with agent 1's " " typed at the same offset. endContent puts
    /// agent 0's characters first, so the replay breaks ties by agent (0 first) to reproduce it exactly.
    /// </remarks>
    [Fact]
    public void ConcurrentTrace_TransformedAsAJupiterServer_ReachesExactlyItsEndContent()
    {
        var trace = EditingTrace.Load("friendsforever.concurrent");

        Assert.Equal(trace.EndContent, JupiterReplay(trace, lowerAgentFirst: true));
    }

    [Fact]
    public void ConcurrentTrace_WithTheServersTieBreak_DiffersFromEndContentOnlyByTheOrderOfTheTiedKeystrokes()
    {
        var trace = EditingTrace.Load("friendsforever.concurrent");

        var result = JupiterReplay(trace, lowerAgentFirst: false);

        // Earlier-sequenced first: agent 1's " " lands before agent 0's ", hu" and the tail of the word follows.
        Assert.Equal(trace.EndContent.Length, result.Length);
        Assert.Equal(trace.EndContent[..3798], result[..3798]);
        Assert.Equal(trace.EndContent[3812..], result[3812..]);
        Assert.Equal(trace.EndContent[3798..3812].Order(), result[3798..3812].Order());
        Assert.NotEqual(trace.EndContent, result);
    }

    private static string JupiterReplay(EditingTrace trace, bool lowerAgentFirst)
    {
        Assert.Equal(2, trace.NumAgents);
        var seen = SeenCounts(trace);
        var server = new MinutesText(trace.StartContent);
        var ownCount = new int[2];
        // Per author: the other author's operations it has not yet seen, with their ordinal among that author's edits.
        var unseen = new[] { new List<(int Ordinal, TextOperation Op)>(), new List<(int Ordinal, TextOperation Op)>() };

        for (var i = 0; i < trace.Txns.Count; i++)
        {
            var txn = trace.Txns[i];
            var agent = txn.Agent;
            var other = 1 - agent;
            Assert.Equal(ownCount[agent], seen[i][agent]);
            var queue = unseen[agent];
            queue.RemoveAll(q => q.Ordinal < seen[i][other]);

            var baseLength = queue.Count > 0 ? queue[0].Op.BaseLength : server.Length;
            var op = TxnOperation(txn, baseLength);
            for (var q = 0; q < queue.Count; q++)
            {
                // The queued operation was sequenced first; left of Transform wins a tie.
                TextOperation queuedPrime, opPrime;
                if (lowerAgentFirst && agent == 0)
                {
                    (opPrime, queuedPrime) = TextOperation.Transform(op, queue[q].Op);
                }
                else
                {
                    (queuedPrime, opPrime) = TextOperation.Transform(queue[q].Op, op);
                }
                queue[q] = (queue[q].Ordinal, queuedPrime);
                op = opPrime;
            }
            server.Apply(op);
            unseen[other].Add((ownCount[agent], op));
            ownCount[agent]++;
        }
        return server.ToString();
    }

    /// <summary>
    /// The same two authors as live clients: one edit in flight each, later keystrokes buffered, and each author
    /// receiving the other's edits only once the trace says they had seen them. The trace's positions are kept as
    /// they are where they fit (clamped where they do not), so the text differs from endContent; every replica must
    /// still end equal to the server.
    /// </summary>
    [Fact]
    public async Task ConcurrentTrace_TypedByTwoLiveClients_LeavesEveryReplicaEqualToTheServer()
    {
        var trace = EditingTrace.Load("friendsforever.concurrent");
        var seen = SeenCounts(trace);
        var log = new InMemoryOperationLog();
        var id = Guid.NewGuid();
        using var sequencer = await DocumentSequencer.OpenAsync(id, log);
        var clients = new[] { new OtClient("a", "author-a", trace.StartContent, 0), new OtClient("b", "author-b", trace.StartContent, 0) };
        var ownCount = new int[2];
        // What each submission carries: its author's edits up to this ordinal.
        var covers = new Dictionary<(string, long), int>();
        var inbox = new[] { new List<(int Needs, long Revision, TextOperation Op, bool IsAck)>(), new List<(int Needs, long Revision, TextOperation Op, bool IsAck)>() };
        var sent = 0;

        async Task SendAsync(int agent, Submission? submission)
        {
            if (submission is null)
            {
                return;
            }
            covers[(submission.ClientId, submission.ClientSeq)] = ownCount[agent];
            var result = await sequencer.SubmitAsync(submission);
            sent++;
            inbox[agent].Add((0, result.Revision, result.Operation, true));
            inbox[1 - agent].Add((ownCount[agent], result.Revision, result.Operation, false));
        }

        async Task DeliverAsync(int agent, int seenOfOther)
        {
            var ready = inbox[agent].Where(m => m.Needs <= seenOfOther).ToList();
            inbox[agent].RemoveAll(m => m.Needs <= seenOfOther);
            foreach (var m in ready)
            {
                await SendAsync(agent, m.IsAck ? clients[agent].ReceiveAck(m.Revision) : clients[agent].ReceiveOperation(m.Revision, m.Op));
            }
        }

        for (var i = 0; i < trace.Txns.Count; i++)
        {
            var txn = trace.Txns[i];
            var agent = txn.Agent;
            await DeliverAsync(agent, seen[i][1 - agent]);
            var client = clients[agent];
            foreach (var patch in txn.Patches)
            {
                var position = Math.Min(patch.Position, client.Text.Length);
                var delete = Math.Min(patch.Delete, client.Text.Length - position);
                if (delete == 0 && patch.Insert.Length == 0)
                {
                    continue;
                }
                ownCount[agent]++;
                await SendAsync(agent, client.ApplyLocal(TextOperation.Replace(client.Text.Length, position, delete, patch.Insert)));
            }
        }
        while (inbox.Any(i => i.Count > 0))
        {
            await DeliverAsync(0, int.MaxValue);
            await DeliverAsync(1, int.MaxValue);
        }

        var server = await sequencer.GetStateAsync();
        Assert.All(clients, c => Assert.Equal(OtClientState.Synchronized, c.State));
        Assert.All(clients, c => Assert.Equal(server.Text, c.Text));
        var replayed = (await log.GetOperationsSinceAsync(id, 0)).Aggregate(string.Empty, (text, r) => r.Operation.Apply(text));
        Assert.Equal(server.Text, replayed);
        // Buffering must have happened, or this would not test the live protocol.
        Assert.InRange(sent, 100, ownCount.Sum() - 100);
        Assert.InRange(server.Text.Length, trace.EndContent.Length * 9 / 10, trace.EndContent.Length * 11 / 10);
    }

    /// <summary>For each txn, how many txns of each agent are in its causal history (a vector clock).</summary>
    private static int[][] SeenCounts(EditingTrace trace)
    {
        var clocks = new int[trace.Txns.Count][];
        for (var i = 0; i < trace.Txns.Count; i++)
        {
            var clock = new int[trace.NumAgents];
            foreach (var p in trace.Txns[i].Parents)
            {
                for (var a = 0; a < clock.Length; a++)
                {
                    clock[a] = Math.Max(clock[a], clocks[p][a] + (trace.Txns[p].Agent == a ? 1 : 0));
                }
            }
            clocks[i] = clock;
        }
        return clocks;
    }

    private static TextOperation TxnOperation(EditingTrace.Txn txn, int length)
    {
        TextOperation? result = null;
        foreach (var patch in txn.Patches)
        {
            var op = TextOperation.Replace(length, patch.Position, patch.Delete, patch.Insert);
            result = result is null ? op : TextOperation.Compose(result, op);
            length = op.TargetLength;
        }
        return result ?? TextOperation.Identity(length);
    }
}
