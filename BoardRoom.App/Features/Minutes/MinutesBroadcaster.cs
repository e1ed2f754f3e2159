using BoardRoom.App.Features.Minutes.Protocol;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// Sends what happens in a minutes section to its connections, in the order it happened, off the document's lock.
/// Callers queue a message while they hold the document's lock (<see cref="Core.Minutes.Sequencing.DocumentSequencer.LockAsync"/>),
/// so each section's queue is in revision order, then release the lock and await the returned task, which completes
/// once the message has been written. One pump per busy section drains its queue: when idle, a message goes out at
/// once, as it would have under the lock; when edits are sequenced faster than the last broadcast could be written to
/// everyone, the edits that queued meanwhile go out as one <see cref="OperationsApplied"/> to the whole section
/// (ADR 020). The sequencing never waits for the fan-out, and at saturation a section costs one write per connection
/// per batch rather than per edit.
/// </summary>
public sealed class MinutesBroadcaster(IHubContext<MinutesHub> hub, ILogger<MinutesBroadcaster> logger)
{
    /// <summary>Most edits in one <see cref="OperationsApplied"/>; more wait for the next.</summary>
    public const int MaxBatch = 64;

    private readonly Dictionary<Guid, Queue<Outgoing>> _queues = [];
    private readonly Lock _sync = new();

    /// <summary>How many edits went out in a batch of two or more, and how many batches, since start (diagnostics).</summary>
    public (long Edits, long Batches) Batched
    {
        get
        {
            lock (_sync)
            {
                return (_batchedEdits, _batches);
            }
        }
    }

    private long _batchedEdits;
    private long _batches;

    /// <summary>
    /// Queues a stored edit: its author's <paramref name="ack"/> (when the author is a connection) and the edit to
    /// everyone else. Call under the document's lock. The task fails only if the acknowledgement could not be written;
    /// a broadcast lost on the way is logged (the others see a gap in the revisions and rejoin to fill it).
    /// </summary>
    public Task EditAsync(OperationApplied edit, string? authorConnectionId, Acknowledged? ack) =>
        Enqueue(edit.SectionId, new Outgoing(edit, authorConnectionId, ack, null, null));

    /// <summary>
    /// Queues <paramref name="message"/> to everyone in the section but <paramref name="exceptConnectionId"/>. Call under
    /// the document's lock. The task does not fail: a message lost on the way is logged.
    /// </summary>
    public Task ToOthersAsync(Guid sectionId, string? exceptConnectionId, string method, object message) =>
        Enqueue(sectionId, new Outgoing(null, exceptConnectionId, null, method, message));

    /// <summary>Queues <paramref name="message"/> to one connection, in the section's order. Call under the document's lock.</summary>
    public Task ToConnectionAsync(Guid sectionId, string connectionId, string method, object message) =>
        Enqueue(sectionId, new Outgoing(null, connectionId, null, method, message) { ToOneConnection = true });

    private Task Enqueue(Guid sectionId, Outgoing outgoing)
    {
        bool start;
        Queue<Outgoing>? queue;
        lock (_sync)
        {
            start = !_queues.TryGetValue(sectionId, out queue);
            if (start)
            {
                _queues[sectionId] = queue = new Queue<Outgoing>();
            }
            queue!.Enqueue(outgoing);
        }
        if (start)
        {
            // Off the caller's thread: the caller holds the document's lock, which the fan-out must not.
            ThreadPool.UnsafeQueueUserWorkItem(static state => _ = state.Broadcaster.PumpAsync(state.SectionId, state.Queue),
                (Broadcaster: this, SectionId: sectionId, Queue: queue), preferLocal: false);
        }
        return outgoing.Sent.Task;
    }

    private async Task PumpAsync(Guid sectionId, Queue<Outgoing> queue)
    {
        var run = new List<Outgoing>();
        while (true)
        {
            run.Clear();
            lock (_sync)
            {
                if (queue.Count == 0)
                {
                    // Idle: the next message starts a new pump.
                    _queues.Remove(sectionId);
                    return;
                }
                // The run at the head of the queue: consecutive edits, or one other message.
                run.Add(queue.Dequeue());
                while (run[0].Edit is not null && run.Count < MaxBatch && queue.TryPeek(out var next) && next.Edit is not null)
                {
                    run.Add(queue.Dequeue());
                }
                if (run.Count > 1)
                {
                    _batchedEdits += run.Count;
                    _batches++;
                }
            }
            await SendAsync(sectionId, run);
        }
    }

    private async Task SendAsync(Guid sectionId, List<Outgoing> run)
    {
        var group = MinutesHub.Group(sectionId);
        if (run[0].Edit is null)
        {
            var one = run[0];
            try
            {
                await (one.ToOneConnection
                    ? hub.Clients.Client(one.ConnectionId!).SendAsync(one.Method!, one.Message)
                    : hub.Clients.GroupExcept(group, one.ConnectionId is null ? [] : [one.ConnectionId]).SendAsync(one.Method!, one.Message));
                one.Sent.TrySetResult();
            }
            catch (Exception e)
            {
                logger.LogWarning("Could not send {Method} of section {SectionId}: {Reason}", one.Method, sectionId, e.Message);
                // A message to one connection fails its caller; one to the others is not the caller's failure.
                if (one.ToOneConnection)
                {
                    one.Sent.TrySetException(e);
                }
                else
                {
                    one.Sent.TrySetResult();
                }
            }
            return;
        }
        if (run.Count == 1)
        {
            // The author hears first that the edit is stored, then the others receive it.
            var edit = run[0];
            var acknowledged = await AcknowledgeAsync(edit);
            await BroadcastAsync(sectionId, () => edit.ConnectionId is null
                ? hub.Clients.Group(group).SendAsync("OperationApplied", edit.Edit)
                : hub.Clients.GroupExcept(group, [edit.ConnectionId]).SendAsync("OperationApplied", edit.Edit));
            if (acknowledged)
            {
                edit.Sent.TrySetResult();
            }
            return;
        }
        // The authors find their own edits in the batch; each is acknowledged after it, as the rule stays that an
        // Acknowledged follows every stored edit.
        await BroadcastAsync(sectionId, () => hub.Clients.Group(group).SendAsync("OperationsApplied",
            new OperationsApplied(sectionId, run.ConvertAll(o => o.Edit!))));
        foreach (var edit in run)
        {
            if (await AcknowledgeAsync(edit))
            {
                edit.Sent.TrySetResult();
            }
        }
    }

    private async Task<bool> AcknowledgeAsync(Outgoing edit)
    {
        if (edit.Ack is null || edit.ConnectionId is null)
        {
            return true;
        }
        try
        {
            await hub.Clients.Client(edit.ConnectionId).SendAsync("Acknowledged", edit.Ack);
            return true;
        }
        catch (Exception e)
        {
            edit.Sent.TrySetException(e);
            return false;
        }
    }

    private async Task BroadcastAsync(Guid sectionId, Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception e)
        {
            logger.LogWarning("Could not send the edits of section {SectionId} to the others (they rejoin on the gap): {Reason}", sectionId, e.Message);
        }
    }

    private sealed record Outgoing(OperationApplied? Edit, string? ConnectionId, Acknowledged? Ack, string? Method, object? Message)
    {
        public bool ToOneConnection { get; init; }

        public TaskCompletionSource Sent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
