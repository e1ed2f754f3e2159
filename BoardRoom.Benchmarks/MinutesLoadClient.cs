using System.Diagnostics;
using System.Net;
using BoardRoom.App.Features.Minutes.Protocol;
using BoardRoom.Core.Minutes.Sequencing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BoardRoom.Benchmarks;

/// <summary>
/// One SignalR connection to the minutes hub with an <see cref="OtClient"/> replica: an editor or a viewer of one section.
/// Joined once (<see cref="ConnectAndJoinAsync"/>) or kept joined across server restarts (<see cref="KeepJoined"/>):
/// then it reconnects, rejoins from its last revision and re-sends its unacknowledged edit, as the browser editor does.
/// </summary>
public sealed class MinutesLoadClient(IMinutesLoadObserver observer, string clientId, CookieContainer cookies, bool isViewer) : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(100);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource<Joined> _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _connection;
    private OtClient? _client;
    private Guid _sectionId;
    private bool _live;
    private Task? _keeper;
    private Timer? _gapWatch;
    private long _head = -1;
    private long _gapSince;
    private long _gapRevision = -1;
    private bool _gapRejoining;

    public string ClientId => clientId;

    public string Text => Read(c => c?.Text ?? string.Empty);

    public long Revision => Read(c => c?.Revision ?? -1);

    /// <summary>Nothing in flight, buffered or held: the replica is the server's text at <see cref="Revision"/>.</summary>
    public bool IsSettled => Read(c => c is { Inflight: null, Buffer: null, HeldMessages: 0 });

    /// <summary>Joined on the current connection: edits go out as they are made.</summary>
    public bool IsJoined => Read(_ => _live);

    /// <summary>When the last (re)join completed, in <c>Stopwatch</c> ticks.</summary>
    public long JoinedAt { get; private set; }

    /// <summary>When the kept connection last closed or failed to open, in <c>Stopwatch</c> ticks (0: never).</summary>
    public long ClosedAt { get; private set; }

    /// <summary>
    /// On every rejoin, also re-send the edit that was in flight when the connection dropped exactly as it was sent
    /// (same ClientSeq, old BaseRevision), even when the catch-up shows it stored: the server must answer it as a
    /// duplicate and apply it at most once. The reference clients do not do this; it exercises the de-duplication.
    /// </summary>
    public bool ResendAsSent { get; init; }

    /// <summary>Rejoins answered with the whole text while edits were pending: the replica was rebuilt without them.</summary>
    public int PendingDropped { get; private set; }

    /// <summary>
    /// Rejoin on the current connection when a revision stays missing for <see cref="GapTimeout"/> (messages held for an
    /// earlier one, or the server's <c>Head</c> not reached), as the browser's GapWatch does. Across nodes a revision
    /// sequenced by a node that dies before publishing it reaches the others' members only so.
    /// </summary>
    public bool WatchGaps { get; init; }

    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Rejoins made to fill a gap (<see cref="WatchGaps"/>).</summary>
    public int GapRejoins { get; private set; }

    /// <summary>Why the last attempt to (re)connect failed, for a report when a rejoin never comes.</summary>
    public string? LastConnectError { get; private set; }

    public async Task ConnectAndJoinAsync(Uri baseAddress, Guid sectionId)
    {
        _sectionId = sectionId;
        var connection = Connect(baseAddress);
        await connection.StartAsync();
        _connection = connection;
        await JoinAsync(connection);
    }

    /// <summary>Joins, and whenever the connection closes reconnects (every 100 ms while the server is down) and rejoins, until disposed.</summary>
    public void KeepJoined(Uri baseAddress, Guid sectionId)
    {
        _sectionId = sectionId;
        if (WatchGaps)
        {
            _gapWatch = new Timer(_ => _ = CheckGapAsync(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }
        _keeper = Task.Run(() => KeepJoinedAsync(baseAddress, _stopping.Token));
    }

    public void MakeRandomEdit(Random random)
    {
        Submission? send;
        lock (_lock)
        {
            var client = _client!;
            var op = RandomEdits.Typing(random, client.Text.Length); // ASCII only: no surrogate pairs to avoid
            send = client.ApplyLocal(op);
        }
        observer.Edited();
        if (send is not null)
        {
            _ = SendAsync(send);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_gapWatch is not null)
        {
            await _gapWatch.DisposeAsync();
        }
        await _stopping.CancelAsync();
        if (_keeper is not null)
        {
            await _keeper;
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _stopping.Dispose();
    }

    private T Read<T>(Func<OtClient?, T> read)
    {
        lock (_lock)
        {
            return read(_client);
        }
    }

    private HubConnection Connect(Uri baseAddress)
    {
        var connection = MinutesHubConnection.Build(baseAddress, cookies);
        connection.ServerTimeout = TimeSpan.FromSeconds(60);
        connection.On<Joined>("Joined", OnJoined);
        connection.On<OperationApplied>("OperationApplied", OnOperation);
        connection.On<OperationsApplied>("OperationsApplied", OnOperations);
        connection.On<Acknowledged>("Acknowledged", OnAck);
        connection.On<HeadRevision>("Head", OnHead);
        return connection;
    }

    private async Task KeepJoinedAsync(Uri baseAddress, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var connection = Connect(baseAddress);
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            try
            {
                await connection.StartAsync(stopping);
                lock (_lock)
                {
                    _connection = connection;
                }
                await JoinAsync(connection);
                await closed.Task.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or HubException or InvalidOperationException or IOException
                                          or OperationCanceledException or TimeoutException)
            {
                LastConnectError = $"{e.GetType().Name}: {e.Message}";
                if (e is HubException)
                {
                    observer.Error(e);
                }
            }
            lock (_lock)
            {
                _live = false;
                _connection = null;
                ClosedAt = Stopwatch.GetTimestamp();
            }
            await connection.DisposeAsync();
            try
            {
                await Task.Delay(RetryDelay, stopping);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Joins (from the last revision integrated, if any), follows a paged catch-up, then re-sends the unacknowledged edit.</summary>
    private async Task JoinAsync(HubConnection connection)
    {
        Submission? asSent;
        lock (_lock)
        {
            asSent = ResendAsSent ? _client?.PendingSubmission : null;
        }
        Joined joined;
        do
        {
            long? known;
            bool pending;
            Task<Joined> reply;
            lock (_lock)
            {
                _joined = new TaskCompletionSource<Joined>(TaskCreationOptions.RunContinuationsAsynchronously);
                reply = _joined.Task;
                known = _client?.Revision;
                pending = _client is { Inflight: not null };
            }
            await connection.JoinSectionAsync(_sectionId, known, pending);
            joined = await reply.WaitAsync(TimeSpan.FromSeconds(60));
        }
        while (joined.More);
        Submission? resend;
        lock (_lock)
        {
            _live = true;
            JoinedAt = Stopwatch.GetTimestamp();
            resend = _client?.PendingSubmission;
        }
        if (asSent is not null)
        {
            await SendAsync(asSent);
        }
        if (resend is not null)
        {
            await SendAsync(resend);
        }
    }

    private void OnJoined(Joined joined)
    {
        var ownOnRejoin = new List<OperationApplied>();
        TaskCompletionSource<Joined> waiting;
        lock (_lock)
        {
            waiting = _joined;
            if (joined.Text is not null || _client is null)
            {
                PendingDropped += _client is { Inflight: not null } ? 1 : 0;
                _client = new OtClient(clientId, "load", joined.Text ?? string.Empty, joined.Revision);
            }
            else
            {
                foreach (var op in joined.Operations ?? [])
                {
                    if (op.ClientId == clientId && op.Revision == _client.Revision + 1 && _client.Inflight is not null && op.ClientSeq == _client.InflightSeq)
                    {
                        ownOnRejoin.Add(op);
                    }
                    // What this makes ready to send is sent once the join is complete.
                    _client.ReceiveOperation(op.Revision, op.Operation, op.ClientId, op.ClientSeq);
                }
            }
        }
        foreach (var own in ownOnRejoin)
        {
            observer.AcknowledgedOnRejoin(own);
        }
        waiting.TrySetResult(joined);
    }

    private void OnOperations(OperationsApplied batch)
    {
        observer.Batch(batch.Operations.Count);
        foreach (var op in batch.Operations)
        {
            OnOperation(op);
        }
    }

    private void OnOperation(OperationApplied op)
    {
        var now = Stopwatch.GetTimestamp();
        // A batch holds this client's own edit too: it acknowledges it (the Acknowledged that follows is counted).
        if (op.ClientId != clientId)
        {
            observer.Delivered(op.ClientId, op.ClientSeq, now, isViewer);
        }
        Submission? send;
        lock (_lock)
        {
            if (_client is null || op.SectionId != _sectionId)
            {
                return;
            }
            send = _client.ReceiveOperation(op.Revision, op.Operation, op.ClientId, op.ClientSeq);
        }
        if (send is not null)
        {
            _ = SendAsync(send);
        }
    }

    private void OnAck(Acknowledged ack)
    {
        var now = Stopwatch.GetTimestamp();
        observer.Acknowledged(ack, now);
        Submission? send = null;
        lock (_lock)
        {
            if (_client is not null && ack.Acknowledges(_client, clientId))
            {
                send = _client.ReceiveAck(ack.Revision);
            }
        }
        if (send is not null)
        {
            _ = SendAsync(send);
        }
    }

    private void OnHead(HeadRevision head)
    {
        lock (_lock)
        {
            if (head.SectionId == _sectionId && head.Revision > _head)
            {
                _head = head.Revision;
            }
        }
    }

    /// <summary>Every 250 ms: a gap open at the same revision for <see cref="GapTimeout"/> is filled by rejoining from it.</summary>
    private async Task CheckGapAsync()
    {
        HubConnection connection;
        long known;
        bool pending;
        lock (_lock)
        {
            var gap = _client is not null && (_client.HeldMessages > 0 || _client.Revision < _head);
            if (!gap || !_live || _connection is not { State: HubConnectionState.Connected } || _gapRejoining)
            {
                _gapRevision = -1;
                return;
            }
            if (_gapRevision != _client!.Revision)
            {
                (_gapRevision, _gapSince) = (_client.Revision, Stopwatch.GetTimestamp());
                return;
            }
            if (Stopwatch.GetElapsedTime(_gapSince) < GapTimeout)
            {
                return;
            }
            (connection, known, pending) = (_connection, _client.Revision, _client.Inflight is not null);
            _gapRejoining = true;
            _gapRevision = -1;
            GapRejoins++;
        }
        try
        {
            await connection.JoinSectionAsync(_sectionId, known, pending);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TaskCanceledException)
        {
            // The connection is going: the keeper rejoins on the next one.
        }
        finally
        {
            lock (_lock)
            {
                _gapRejoining = false;
            }
        }
    }

    /// <summary>Sends on the joined connection; while there is none the edit stays pending and goes out on rejoin.</summary>
    private async Task SendAsync(Submission s)
    {
        HubConnection? connection;
        lock (_lock)
        {
            connection = _live ? _connection : null;
        }
        if (connection is null)
        {
            return;
        }
        try
        {
            observer.Sending(clientId, s.ClientSeq);
            await connection.SubmitAsync(_sectionId, clientId, s);
        }
        catch (Exception e) when (e is HubException or InvalidOperationException or IOException or TaskCanceledException)
        {
            observer.Error(e);
        }
    }
}
