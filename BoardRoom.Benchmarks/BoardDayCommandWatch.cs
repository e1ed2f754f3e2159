using System.Diagnostics;

namespace BoardRoom.Benchmarks;

/// <summary>
/// One chair's command in flight in one meeting: the text the meeting page shows once it has happened (the new
/// current item's banner) and when it was dispatched; each participant's circuit reports the first render batch
/// carrying that text once.
/// </summary>
internal sealed class BoardDayCommandWatch(string expectedText, long dispatchedAt, int participants, bool measured)
{
    private readonly bool[] _seen = new bool[participants];

    public string ExpectedText => expectedText;

    public bool Measured => measured;

    /// <summary>The latency in ms the first time participant <paramref name="index"/> sees the text; null after that or if the batch lacks it.</summary>
    public double? Seen(int index, long at, RenderBatchReader batch)
    {
        if (Volatile.Read(ref _seen[index]) || !batch.ContainsString(expectedText))
        {
            return null;
        }
        lock (_seen)
        {
            if (_seen[index])
            {
                return null;
            }
            _seen[index] = true;
        }
        return Stopwatch.GetElapsedTime(dispatchedAt, at).TotalMilliseconds;
    }

    public int SeenCount
    {
        get
        {
            lock (_seen)
            {
                return _seen.Count(s => s);
            }
        }
    }
}
