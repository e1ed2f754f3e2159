using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Tests.Core.Minutes;

/// <summary>
/// Several <see cref="OtClient"/>s editing one document through one or two <see cref="DocumentSequencer"/>s over a
/// shared <see cref="InMemoryOperationLog"/>, with a hostile network driven by a seed: messages delivered in random
/// order, acknowledgements lost, submissions duplicated, clients disconnecting (losing everything in transit),
/// editing offline, and reconnecting to either server (catch up, then re-send the edit in flight).
/// </summary>
internal sealed class SimulatedSession
{
    private readonly Random _random;
    private readonly InMemoryOperationLog _log = new();
    private readonly Guid _documentId = Guid.NewGuid();
    private readonly List<Peer> _peers = [];
    private DocumentSequencer[] _servers = [];

    public SimulatedSession(int seed)
    {
        _random = new Random(seed);
    }

    public int Submissions { get; private set; }

    public async Task<string> RunAsync(int clients, int servers, int steps, int snapshotInterval = 50)
    {
        var options = new DocumentSequencerOptions { SnapshotInterval = snapshotInterval, HistoryWindow = 1 + _random.Next(40) };
        _servers = new DocumentSequencer[servers];
        for (var s = 0; s < servers; s++)
        {
            _servers[s] = await DocumentSequencer.OpenAsync(_documentId, _log, options);
        }
        for (var c = 0; c < clients; c++)
        {
            _peers.Add(new Peer(new OtClient($"client-{c}", $"member-{c}", string.Empty, 0), _random.Next(servers)));
        }

        for (var step = 0; step < steps; step++)
        {
            var roll = _random.Next(100);
            var peer = _peers[_random.Next(_peers.Count)];
            if (roll < 35)
            {
                var edit = RandomEdits.Edit(_random, peer.Client.Text);
                Send(peer, peer.Client.ApplyLocal(edit));
            }
            else if (roll < 65)
            {
                await ServeOneAsync(peer);
            }
            else if (roll < 94)
            {
                DeliverOne(peer);
            }
            else if (roll < 97 && peer.Connected)
            {
                Disconnect(peer);
            }
            else if (!peer.Connected)
            {
                await ReconnectAsync(peer);
            }
        }

        return await QuiesceAndCheckAsync();
    }

    private async Task<string> QuiesceAndCheckAsync()
    {
        for (var round = 0; round < 20; round++)
        {
            foreach (var peer in _peers)
            {
                Disconnect(peer);
                await ReconnectAsync(peer);
            }
            while (_peers.Any(p => p.Outbox.Count > 0 || p.Inbox.Count > 0))
            {
                foreach (var peer in _peers)
                {
                    await ServeOneAsync(peer);
                    DeliverOne(peer);
                }
            }
            var head = (await _log.GetOperationsSinceAsync(_documentId, 0)).Count;
            if (_peers.All(p => p.Client.State == OtClientState.Synchronized && p.Client.HeldMessages == 0 && p.Client.Revision == head))
            {
                break;
            }
        }

        var records = await _log.GetOperationsSinceAsync(_documentId, 0);
        var replayed = records.Aggregate(string.Empty, (text, r) => r.Operation.Apply(text));
        foreach (var server in _servers)
        {
            await server.RefreshAsync();
            var state = await server.GetStateAsync();
            Assert.Equal(records.Count, state.Revision);
            Assert.Equal(replayed, state.Text);
        }
        foreach (var peer in _peers)
        {
            Assert.Equal(OtClientState.Synchronized, peer.Client.State);
            Assert.Equal(replayed, peer.Client.Text);
        }
        // Exactly-once: no client edit was sequenced twice.
        Assert.Equal(records.Count, records.Select(r => (r.ClientId, r.ClientSeq)).Distinct().Count());
        using var reopened = await DocumentSequencer.OpenAsync(_documentId, _log);
        Assert.Equal(replayed, (await reopened.GetStateAsync()).Text);
        return replayed;
    }

    private void Send(Peer peer, Submission? submission)
    {
        if (submission is not null && peer.Connected)
        {
            peer.Outbox.Enqueue(submission);
        }
    }

    private async Task ServeOneAsync(Peer peer)
    {
        if (!peer.Connected || peer.Outbox.Count == 0)
        {
            return;
        }
        var submission = peer.Outbox.Dequeue();
        var server = _servers[peer.Server];
        var result = await server.SubmitAsync(submission);
        Submissions++;
        if (!result.IsDuplicate)
        {
            foreach (var other in _peers.Where(p => p != peer && p.Connected))
            {
                other.Inbox.Add(new Message(result.Revision, result.Operation, submission.ClientId, submission.ClientSeq, IsAck: false));
            }
        }
        if (_random.Next(20) == 0)
        {
            return; // the acknowledgement is lost on the way
        }
        peer.Inbox.Add(new Message(result.Revision, result.Operation, submission.ClientId, submission.ClientSeq, IsAck: true));
        if (_random.Next(20) == 0)
        {
            peer.Outbox.Enqueue(submission); // the network delivers the submission twice
        }
    }

    private void DeliverOne(Peer peer)
    {
        if (!peer.Connected || peer.Inbox.Count == 0)
        {
            return;
        }
        var index = _random.Next(peer.Inbox.Count);
        var message = peer.Inbox[index];
        peer.Inbox.RemoveAt(index);
        var next = message.IsAck
            ? peer.Client.ReceiveAck(message.Revision)
            : peer.Client.ReceiveOperation(message.Revision, message.Operation, message.ClientId, message.ClientSeq);
        Send(peer, next);
    }

    private static void Disconnect(Peer peer)
    {
        peer.Connected = false;
        peer.Inbox.Clear();
        peer.Outbox.Clear();
    }

    private async Task ReconnectAsync(Peer peer)
    {
        peer.Connected = true;
        peer.Server = _random.Next(_servers.Length);
        var server = _servers[peer.Server];
        // Another server may have sequenced revisions this one has not read; a client must never wait on a gap.
        await server.RefreshAsync();
        var missed = (await server.GetOperationsSinceAsync(peer.Client.Revision)).ToList();
        foreach (var record in missed.OrderBy(_ => _random.Next()))
        {
            Send(peer, peer.Client.ReceiveOperation(record.Revision, record.Operation, record.ClientId, record.ClientSeq));
        }
        Send(peer, peer.Client.PendingSubmission);
    }

    private sealed record Message(long Revision, TextOperation Operation, string ClientId, long ClientSeq, bool IsAck);

    private sealed class Peer(OtClient client, int server)
    {
        public OtClient Client { get; } = client;

        public int Server { get; set; } = server;

        public bool Connected { get; set; } = true;

        public Queue<Submission> Outbox { get; } = new();

        public List<Message> Inbox { get; } = [];
    }
}
