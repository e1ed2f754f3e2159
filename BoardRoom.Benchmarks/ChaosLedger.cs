using BoardRoom.App.Features.Minutes.Protocol;
using Microsoft.AspNetCore.SignalR;

namespace BoardRoom.Benchmarks;

/// <summary>Every acknowledgement the chaos benchmark's editors received, by (ClientId, ClientSeq), and what went wrong.</summary>
public sealed class ChaosLedger : IMinutesLoadObserver
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string ClientId, long ClientSeq), long> _acks = [];
    private long _edits;
    private long _submissions;

    public long Edits => Interlocked.Read(ref _edits);

    /// <summary>Submissions sent, re-sends after a rejoin included.</summary>
    public long Submissions => Interlocked.Read(ref _submissions);

    public int DuplicateAcks { get; private set; }

    public int AcksOnRejoin { get; private set; }

    /// <summary>An edit acknowledged twice with different revisions: the server sequenced it twice.</summary>
    public int ConflictingAcks { get; private set; }

    /// <summary>Submissions the server refused (HubException): each a failure.</summary>
    public int Failures { get; private set; }

    public string? FirstFailure { get; private set; }

    public IReadOnlyDictionary<(string ClientId, long ClientSeq), long> Snapshot()
    {
        lock (_lock)
        {
            return new Dictionary<(string, long), long>(_acks);
        }
    }

    public void Edited() => Interlocked.Increment(ref _edits);

    public void Sending(string clientId, long clientSeq) => Interlocked.Increment(ref _submissions);

    public void Acknowledged(Acknowledged ack, long timestamp)
    {
        lock (_lock)
        {
            DuplicateAcks += ack.Duplicate ? 1 : 0;
            Record(ack.ClientId, ack.ClientSeq, ack.Revision);
        }
    }

    public void AcknowledgedOnRejoin(OperationApplied own)
    {
        lock (_lock)
        {
            AcksOnRejoin++;
            Record(own.ClientId, own.ClientSeq, own.Revision);
        }
    }

    public void Delivered(string clientId, long clientSeq, long timestamp, bool toViewer)
    {
        // Latency is not what this benchmark measures.
    }

    public void Error(Exception exception)
    {
        // Anything but a refusal is the connection dying with the server: the edit stays pending and is re-sent.
        if (exception is HubException)
        {
            lock (_lock)
            {
                Failures++;
                FirstFailure ??= $"{exception.GetType().Name}: {exception.Message}";
            }
        }
    }

    private void Record(string clientId, long clientSeq, long revision)
    {
        if (_acks.TryGetValue((clientId, clientSeq), out var earlier))
        {
            ConflictingAcks += earlier == revision ? 0 : 1;
            return;
        }
        _acks[(clientId, clientSeq)] = revision;
    }
}
