using BoardRoom.App.Features.Minutes.Protocol;

namespace BoardRoom.Benchmarks;

/// <summary>What a <see cref="MinutesLoadClient"/> reports to the benchmark run it belongs to; timestamps are <c>Stopwatch</c> ticks.</summary>
public interface IMinutesLoadObserver
{
    void Edited();

    void Sending(string clientId, long clientSeq);

    void Acknowledged(Acknowledged ack, long timestamp);

    /// <summary>A rejoin's catch-up held the client's own in-flight edit: it was stored, and its acknowledgement was lost with the connection.</summary>
    void AcknowledgedOnRejoin(OperationApplied own);

    void Delivered(string clientId, long clientSeq, long timestamp, bool toViewer);

    /// <summary>An <c>OperationsApplied</c> of <paramref name="operations"/> edits arrived (a busy section's batched broadcast).</summary>
    void Batch(int operations)
    {
    }

    /// <summary>A submission failed: a <c>HubException</c> is the server's refusal, anything else a dropped connection.</summary>
    void Error(Exception exception);
}
