namespace BoardRoom.Benchmarks;

/// <summary>The chair commands of one board-day run: seen-by-participants latencies, the clicks' own round trips, failures.</summary>
internal sealed class BoardDayTally
{
    private readonly Lock _lock = new();
    private readonly List<double> _seen = [];
    private readonly List<double> _clicks = [];
    private volatile bool _measuring;
    private int _failed;
    private int _skipped;

    public bool Measuring
    {
        get => _measuring;
        set => _measuring = value;
    }

    public string? FirstFailure { get; private set; }

    public int Failed => _failed;

    public int Skipped => _skipped;

    public void CommandSeen(double ms)
    {
        lock (_lock)
        {
            _seen.Add(ms);
        }
    }

    public void Click(double ms)
    {
        lock (_lock)
        {
            _clicks.Add(ms);
        }
    }

    public void CommandSkipped() => Interlocked.Increment(ref _skipped);

    public void CommandFailed(Exception e)
    {
        if (Interlocked.Increment(ref _failed) == 1)
        {
            FirstFailure = $"{e.GetType().Name}: {e.Message}";
        }
    }

    public (LatencySummary Seen, LatencySummary Click) Summaries()
    {
        lock (_lock)
        {
            return (LatencySummary.Of(_seen), LatencySummary.Of(_clicks));
        }
    }
}
