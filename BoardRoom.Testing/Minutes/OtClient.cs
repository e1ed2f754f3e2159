using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Sequencing;

namespace BoardRoom.Testing.Minutes;

/// <summary>
/// One member's replica of a document, speaking to a <see cref="DocumentSequencer"/>: at most one edit in flight,
/// later edits composed into a buffer, incoming edits transformed over both. The same state machine as
/// wwwroot-assets/src/ot/client.js; used by tests and by load clients.
/// </summary>
/// <remarks>
/// Server messages carry revisions and may arrive out of order or twice (reconnects, catch-up reads racing with
/// broadcasts): they are held until every earlier revision is in, and those at or below <see cref="Revision"/> are
/// ignored. A server operation from this client's own in-flight submission counts as its acknowledgement.
/// Server operations are transformed with the server's operation on the left, as the sequencer does, so inserts at
/// the same position end in the same order everywhere.
/// </remarks>
public sealed class OtClient
{
    private readonly SortedDictionary<long, ServerMessage> _early = [];
    private long _nextSeq = 1;

    public OtClient(string clientId, string authorId, string text, long revision)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentNullException.ThrowIfNull(authorId);
        ArgumentNullException.ThrowIfNull(text);
        ClientId = clientId;
        AuthorId = authorId;
        Text = text;
        Revision = revision;
    }

    /// <summary>Raised with each server operation as applied to <see cref="Text"/> (transformed over local edits).</summary>
    public event Action<TextOperation>? RemoteOperationApplied;

    public string ClientId { get; }

    public string AuthorId { get; }

    /// <summary>The local text: the server's text at <see cref="Revision"/> plus the in-flight and buffered edits.</summary>
    public string Text { get; private set; }

    /// <summary>The last server revision integrated.</summary>
    public long Revision { get; private set; }

    public TextOperation? Inflight { get; private set; }

    public long InflightSeq { get; private set; }

    public TextOperation? Buffer { get; private set; }

    public OtClientState State => Inflight is null
        ? OtClientState.Synchronized
        : Buffer is null ? OtClientState.AwaitingConfirm : OtClientState.AwaitingWithBuffer;

    /// <summary>Server messages held until the revisions before them arrive.</summary>
    public int HeldMessages => _early.Count;

    /// <summary>Applies a local edit; returns the submission to send now, or null when it waits for the in-flight one.</summary>
    public Submission? ApplyLocal(TextOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        Text = operation.Apply(Text);
        if (Inflight is null)
        {
            Inflight = operation;
            InflightSeq = _nextSeq++;
            return PendingSubmission;
        }
        Buffer = Buffer is null ? operation : TextOperation.Compose(Buffer, operation);
        return null;
    }

    /// <summary>The in-flight edit to send (again, after a reconnect); the server applies it at most once.</summary>
    public Submission? PendingSubmission =>
        Inflight is null ? null : new Submission(ClientId, InflightSeq, Revision, Inflight, AuthorId);

    /// <summary>The server sequenced this client's in-flight edit as <paramref name="revision"/>.</summary>
    public Submission? ReceiveAck(long revision) => Receive(revision, new ServerMessage(null, null, 0));

    /// <summary>
    /// An operation the server sequenced as <paramref name="revision"/>. Give its author's client id and sequence
    /// number when known (catch-up reads return this client's own edits too).
    /// </summary>
    public Submission? ReceiveOperation(long revision, TextOperation operation, string? clientId = null, long clientSeq = 0)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return Receive(revision, new ServerMessage(operation, clientId, clientSeq));
    }

    /// <summary>
    /// Maps an index of the server's text at <see cref="Revision"/> (another member's cursor) into the local text.
    /// </summary>
    public int TransformServerIndex(int index)
    {
        if (Inflight is not null)
        {
            index = Inflight.TransformIndex(index);
        }
        if (Buffer is not null)
        {
            index = Buffer.TransformIndex(index);
        }
        return index;
    }

    private Submission? Receive(long revision, ServerMessage message)
    {
        if (revision <= Revision)
        {
            return null;
        }
        _early.TryAdd(revision, message);
        Submission? toSend = null;
        while (_early.Remove(Revision + 1, out var next))
        {
            toSend = Integrate(next) ?? toSend;
        }
        return toSend;
    }

    private Submission? Integrate(ServerMessage message)
    {
        var isOwn = message.Operation is null
            || (Inflight is not null && message.ClientId == ClientId && message.ClientSeq == InflightSeq);
        if (isOwn)
        {
            if (Inflight is null)
            {
                throw new InvalidOperationException($"Client {ClientId} got an acknowledgement for revision {Revision + 1} with nothing in flight.");
            }
            Revision++;
            Inflight = Buffer;
            Buffer = null;
            if (Inflight is null)
            {
                return null;
            }
            InflightSeq = _nextSeq++;
            return PendingSubmission;
        }

        var operation = message.Operation!;
        if (Inflight is not null)
        {
            (operation, Inflight) = TextOperation.Transform(operation, Inflight);
        }
        if (Buffer is not null)
        {
            (operation, Buffer) = TextOperation.Transform(operation, Buffer);
        }
        Revision++;
        Text = operation.Apply(Text);
        RemoteOperationApplied?.Invoke(operation);
        return null;
    }

    private readonly record struct ServerMessage(TextOperation? Operation, string? ClientId, long ClientSeq);
}
