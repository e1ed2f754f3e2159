using System.Collections.Concurrent;
using System.Diagnostics;
using BoardRoom.App.Features.Minutes.Protocol;

namespace BoardRoom.Benchmarks;

/// <summary>Shared state of one hub-load run: send times by (clientId, clientSeq), latencies, counters.</summary>
internal sealed class HubLoadRun : IMinutesLoadObserver
{
    /// <summary>Width of the windows in which the seen-by-others p99 is also reported, to tell a steady tail from a transient.</summary>
    public const int WindowSeconds = 5;

    private readonly ConcurrentDictionary<(string ClientId, long Seq), long> _measuredSends = new();
    private readonly Lock _lock = new();
    private long _start;
    private int _errorCount;
    private long _messages;
    private long _batches;
    private long _batchedEdits;
    private long _edits;
    private long _submissions;
    private volatile bool _measuring;

    public List<double> AckMs { get; } = [];

    /// <summary>Seen-by-others latencies by the <see cref="WindowSeconds"/>-second window of the measured period they were sent in.</summary>
    public List<List<double>> SeenByWindow { get; } = [];

    public List<double> SeenMs => SeenByWindow.SelectMany(w => w).ToList();

    public bool Measuring => _measuring;

    public long MessagesMeasured => Interlocked.Read(ref _messages);

    /// <summary><c>OperationsApplied</c> batches received by all connections while measuring, and the edits in them.</summary>
    public (long Batches, long Edits) BatchesMeasured => (Interlocked.Read(ref _batches), Interlocked.Read(ref _batchedEdits));

    public long EditsMeasured => Interlocked.Read(ref _edits);

    public long SubmissionsMeasured => Interlocked.Read(ref _submissions);

    public int ErrorCount => _errorCount;

    public string? FirstError { get; private set; }

    public void StartMeasuring()
    {
        _start = Stopwatch.GetTimestamp();
        _measuring = true;
    }

    public TimeSpan StopMeasuring()
    {
        _measuring = false;
        return Stopwatch.GetElapsedTime(_start);
    }

    public void Edited()
    {
        if (_measuring)
        {
            Interlocked.Increment(ref _edits);
        }
    }

    /// <summary>Only submissions sent while measuring are timed (their acks and deliveries may land after).</summary>
    public void Sending(string clientId, long seq)
    {
        if (_measuring)
        {
            Interlocked.Increment(ref _submissions);
            _measuredSends[(clientId, seq)] = Stopwatch.GetTimestamp();
        }
    }

    public void Acknowledged(Acknowledged ack, long now)
    {
        CountMessage();
        if (_measuredSends.TryGetValue((ack.ClientId, ack.ClientSeq), out var sent))
        {
            lock (_lock)
            {
                AckMs.Add(Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds);
            }
        }
    }

    public void AcknowledgedOnRejoin(OperationApplied own)
    {
        // Never called: hub-load's connections join once and are not killed.
    }

    public void Delivered(string clientId, long seq, long now, bool toViewer)
    {
        CountMessage();
        if (toViewer && _measuredSends.TryGetValue((clientId, seq), out var sent))
        {
            var ms = Stopwatch.GetElapsedTime(sent, now).TotalMilliseconds;
            var window = (int)(Stopwatch.GetElapsedTime(_start, sent).TotalSeconds / WindowSeconds);
            lock (_lock)
            {
                while (SeenByWindow.Count <= window)
                {
                    SeenByWindow.Add([]);
                }
                SeenByWindow[window].Add(ms);
            }
        }
    }

    public void Batch(int operations)
    {
        if (_measuring)
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _batchedEdits, operations);
        }
    }

    public void Error(Exception e)
    {
        if (Interlocked.Increment(ref _errorCount) == 1)
        {
            FirstError = $"{e.GetType().Name}: {e.Message}";
        }
    }

    private void CountMessage()
    {
        if (_measuring)
        {
            Interlocked.Increment(ref _messages);
        }
    }
}
