using System.Net;
using System.Text.Json;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BoardRoom.Tests.Support;

/// <summary>
/// A real SignalR client of the minutes hub, as a member's browser would be: one section, an <see cref="OtClient"/>
/// (one edit in flight, the rest buffered), acknowledgements and others' edits applied as they arrive.
/// </summary>
public sealed class LiveMinutesClient : IAsyncDisposable
{
    private readonly CookieContainer _cookies;
    private readonly object _lock = new();
    private readonly List<Exception> _errors = [];
    private HubConnection? _connection;
    private TaskCompletionSource<Joined> _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private OtClient? _client;
    private Guid _sectionId;
    private Timer? _gapTimer;
    private long _gapRevision = -1;
    private bool _gapRejoining;
    private long _head = -1;

    /// <summary>How long a gap in the revisions may stay open before the client rejoins to fill it (as the browser's GapWatch).</summary>
    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Rejoins made because a revision never came (a broadcast lost between nodes).</summary>
    public int GapRejoins { get; private set; }

    /// <summary>The server's periodic head revisions received (<c>Head</c>).</summary>
    public int HeadsSeen { get; private set; }

    private LiveMinutesClient(CookieContainer cookies, string name)
    {
        _cookies = cookies;
        Name = name;
        ClientId = $"{name}-{Guid.NewGuid():N}"[..Math.Min(40, name.Length + 33)];
    }

    public string Name { get; }

    public string ClientId { get; }

    public Joined? LastJoin { get; private set; }

    public List<PresenceChanged> PresenceSeen { get; } = [];

    public List<PresenceLeft> LeavesSeen { get; } = [];

    public List<Acknowledged> Acks { get; } = [];

    /// <summary>Every operation received from others, as sent (for tests of who receives what).</summary>
    public List<OperationApplied> OperationsSeen { get; } = [];

    /// <summary><c>OperationsApplied</c> batches received (a busy section's edits sent together).</summary>
    public int BatchesSeen { get; private set; }

    /// <summary>"AccessRevoked" messages: the server closed a section to this connection.</summary>
    public List<JsonElement> Revocations { get; } = [];

    /// <summary>Errors of submissions sent from message handlers (which cannot await a reply).</summary>
    public IReadOnlyList<Exception> Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors.ToList();
            }
        }
    }

    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _client?.Text ?? throw new InvalidOperationException("Not joined.");
            }
        }
    }

    public long Revision
    {
        get
        {
            lock (_lock)
            {
                return _client?.Revision ?? -1;
            }
        }
    }

    public bool IsSettled
    {
        get
        {
            lock (_lock)
            {
                return _client is { Inflight: null, Buffer: null, HeldMessages: 0 };
            }
        }
    }

    public static async Task<LiveMinutesClient> ConnectAsync(AppServer server, string email, string? name = null)
    {
        var cookies = await SignIn.SessionCookiesAsync(server, email);
        var client = new LiveMinutesClient(cookies, name ?? email.Split('@')[0]);
        await client.StartAsync(server.BaseAddress);
        return client;
    }

    /// <summary>A client on a session already signed in (<paramref name="cookies"/>), through any address: a node or the proxy.</summary>
    public static async Task<LiveMinutesClient> ConnectAsync(Uri baseAddress, CookieContainer cookies, string name)
    {
        var client = new LiveMinutesClient(cookies, name);
        await client.StartAsync(baseAddress);
        return client;
    }

    public bool IsConnected => _connection is { State: HubConnectionState.Connected };

    public HubConnection Connection => _connection ?? throw new InvalidOperationException("Not connected.");

    public async Task StartAsync(Uri baseAddress)
    {
        var connection = MinutesHubConnection.Build(baseAddress, _cookies);
        connection.On<Joined>("Joined", OnJoined);
        connection.On<OperationApplied>("OperationApplied", OnOperation);
        connection.On<OperationsApplied>("OperationsApplied", OnOperations);
        connection.On<Acknowledged>("Acknowledged", OnAck);
        connection.On<PresenceChanged>("PresenceChanged", p => { lock (_lock) { PresenceSeen.Add(p); } });
        connection.On<PresenceLeft>("PresenceLeft", p => { lock (_lock) { LeavesSeen.Add(p); } });
        connection.On<HeadRevision>("Head", OnHead);
        connection.On<JsonElement>("AccessRevoked", r => { lock (_lock) { Revocations.Add(r.Clone()); } });
        await connection.StartAsync();
        _connection = connection;
    }

    /// <summary>Joins (or, after a reconnect, rejoins from the last revision) and re-sends what was not acknowledged.</summary>
    public async Task<Joined> JoinAsync(Guid sectionId)
    {
        _sectionId = sectionId;
        Joined joined;
        do
        {
            // With edits pending, a long catch-up comes in pages (Joined.More): follow them before re-sending.
            long? known;
            bool pending;
            lock (_lock)
            {
                _joined = new TaskCompletionSource<Joined>(TaskCreationOptions.RunContinuationsAsynchronously);
                known = _client?.Revision;
                pending = _client is { Inflight: not null } or { Buffer: not null };
            }
            await Connection.JoinSectionAsync(sectionId, known, pending);
            joined = await _joined.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        while (joined.More);
        Submission? resend;
        lock (_lock)
        {
            resend = _client?.PendingSubmission;
        }
        if (resend is not null)
        {
            await SubmitAsync(resend);
        }
        return joined;
    }

    /// <summary>Makes a local edit from the current local text and sends it when nothing else is in flight.</summary>
    public void Edit(Func<string, TextOperation> edit)
    {
        Submission? send;
        lock (_lock)
        {
            var client = _client ?? throw new InvalidOperationException("Not joined.");
            send = client.ApplyLocal(edit(client.Text));
        }
        if (send is not null)
        {
            _ = SendFromHandlerAsync(send);
        }
    }

    public void Insert(int position, string text) => Edit(doc => TextOperation.Insert(doc.Length, Math.Min(position, doc.Length), text));

    /// <summary>Sends a raw submit, for tests of what the server refuses.</summary>
    public Task SubmitRawAsync(long baseRevision, JsonElement operation, long clientSeq, string? clientId = null) =>
        Connection.InvokeAsync("Submit", new SubmitRequest(_sectionId, clientId ?? ClientId, clientSeq, baseRevision, operation));

    public async Task WaitUntilSettledAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!IsSettled)
        {
            if (Errors.Count > 0)
            {
                throw new InvalidOperationException($"{Name}: a submission failed", Errors[0]);
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} did not settle: revision {Revision}.");
            }
            await Task.Delay(10);
        }
    }

    public async Task WaitForRevisionAsync(long revision, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (Revision < revision)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name} is at revision {Revision}, not {revision}.");
            }
            await Task.Delay(10);
        }
    }

    /// <summary>Drops the connection without leaving, as a network cut would; the replica and its pending edits stay.</summary>
    public async Task DropAsync()
    {
        if (_gapTimer is not null)
        {
            await _gapTimer.DisposeAsync();
            _gapTimer = null;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync() => await DropAsync();

    private void OnJoined(Joined joined)
    {
        Submission? send = null;
        lock (_lock)
        {
            LastJoin = joined;
            if (joined.Text is not null)
            {
                _client = new OtClient(ClientId, "me", joined.Text, joined.Revision);
            }
            else
            {
                foreach (var op in joined.Operations ?? [])
                {
                    send = _client!.ReceiveOperation(op.Revision, op.Operation, op.ClientId, op.ClientSeq) ?? send;
                }
            }
            _gapRejoining = false;
            WatchGapsLocked();
        }
        _joined.TrySetResult(joined);
        if (send is not null)
        {
            _ = SendFromHandlerAsync(send);
        }
    }

    private void OnOperations(OperationsApplied batch)
    {
        lock (_lock)
        {
            BatchesSeen++;
        }
        foreach (var op in batch.Operations)
        {
            OnOperation(op);
        }
    }

    private void OnOperation(OperationApplied op)
    {
        Submission? send;
        lock (_lock)
        {
            // A busy section's batch holds this client's own edits too: they are its acknowledgements, not others' edits.
            if (op.ClientId != ClientId)
            {
                OperationsSeen.Add(op);
            }
            if (_client is null || op.SectionId != _sectionId)
            {
                return;
            }
            send = _client.ReceiveOperation(op.Revision, op.Operation, op.ClientId, op.ClientSeq);
            WatchGapsLocked();
        }
        if (send is not null)
        {
            _ = SendFromHandlerAsync(send);
        }
    }

    private void OnAck(Acknowledged ack)
    {
        Submission? send = null;
        lock (_lock)
        {
            Acks.Add(ack);
            if (_client is not null && ack.Acknowledges(_client, ClientId))
            {
                send = _client.ReceiveAck(ack.Revision);
            }
            WatchGapsLocked();
        }
        if (send is not null)
        {
            _ = SendFromHandlerAsync(send);
        }
    }

    private void OnHead(HeadRevision head)
    {
        lock (_lock)
        {
            HeadsSeen++;
            if (head.SectionId == _sectionId && head.Revision > _head)
            {
                _head = head.Revision;
            }
            WatchGapsLocked();
        }
    }

    /// <summary>Whether a revision is missing: messages held for an earlier one, or the server's head not reached.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(_client))]
    private bool HasGapLocked => _client is not null && (_client.HeldMessages > 0 || _client.Revision < _head);

    /// <summary>
    /// Times a gap in the revisions (messages held for an earlier one, or a head revision not reached); one that outlasts
    /// <see cref="GapTimeout"/> is filled by rejoining.
    /// </summary>
    private void WatchGapsLocked()
    {
        if (!HasGapLocked)
        {
            _gapTimer?.Change(Timeout.Infinite, Timeout.Infinite);
            _gapRevision = -1;
            return;
        }
        if (_gapRevision == _client.Revision)
        {
            return;
        }
        _gapRevision = _client.Revision;
        _gapTimer ??= new Timer(_ => _ = FillGapAsync());
        _gapTimer.Change(GapTimeout, Timeout.InfiniteTimeSpan);
    }

    private async Task FillGapAsync()
    {
        long known;
        bool pending;
        lock (_lock)
        {
            if (!HasGapLocked || _gapRejoining || _connection is not { State: HubConnectionState.Connected })
            {
                return;
            }
            (_gapRejoining, known, pending) = (true, _client.Revision, _client is { Inflight: not null } or { Buffer: not null });
            GapRejoins++;
            _gapRevision = -1;
        }
        try
        {
            await Connection.JoinSectionAsync(_sectionId, known, pending);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TaskCanceledException)
        {
            lock (_lock)
            {
                _gapRejoining = false;
                WatchGapsLocked();
            }
        }
    }

    private Task SubmitAsync(Submission s) => Connection.SubmitAsync(_sectionId, ClientId, s);

    private async Task SendFromHandlerAsync(Submission s)
    {
        try
        {
            if (_connection is { State: HubConnectionState.Connected })
            {
                await SubmitAsync(s);
            }
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TaskCanceledException)
        {
            // A dropped connection is not an error: the edit stays pending and is re-sent on rejoin.
            if (e is HubException)
            {
                lock (_lock)
                {
                    _errors.Add(e);
                }
            }
        }
    }
}
