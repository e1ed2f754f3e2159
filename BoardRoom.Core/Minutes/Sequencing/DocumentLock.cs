namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// Exclusive use of one document's sequencer, for as long as it is held: the one lock of the document. A server
/// that must also send what it sequenced in revision order (the minutes hub) holds it across the sequencing and
/// the sending, so no second lock is needed. Disposing releases it; using it afterwards throws.
/// </summary>
public sealed class DocumentLock : IDisposable
{
    private readonly DocumentSequencer _sequencer;
    private readonly SemaphoreSlim _gate;
    private int _released;

    internal DocumentLock(DocumentSequencer sequencer, SemaphoreSlim gate)
    {
        _sequencer = sequencer;
        _gate = gate;
    }

    /// <summary>The latest revision the sequencer has applied.</summary>
    public long Revision => Held().Revision;

    /// <summary>The text and revision together.</summary>
    public DocumentState State => Held().StateHeld();

    /// <summary>Applies whatever other servers appended to the log since the sequencer last looked.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => Held().CatchUpHeldAsync(cancellationToken);

    /// <summary>Operations after <paramref name="revision"/>, up to the sequencer's revision.</summary>
    public Task<IReadOnlyList<OperationRecord>> OperationsSinceAsync(long revision, CancellationToken cancellationToken = default) =>
        Held().OperationsSinceHeldAsync(revision, cancellationToken);

    /// <inheritdoc cref="DocumentSequencer.SubmitAsync"/>
    public Task<SubmitResult> SubmitAsync(Submission submission, CancellationToken cancellationToken = default) =>
        Held().SubmitHeldAsync(submission, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _gate.Release();
        }
    }

    private DocumentSequencer Held() =>
        Volatile.Read(ref _released) == 0 ? _sequencer : throw new ObjectDisposedException(nameof(DocumentLock), "The document's lock was released.");
}
