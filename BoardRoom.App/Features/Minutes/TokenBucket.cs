namespace BoardRoom.App.Features.Minutes;

/// <summary>A per-connection rate limit: up to <c>capacity</c> calls at once, refilled at <c>perSecond</c>.</summary>
public sealed class TokenBucket
{
    private readonly object _lock = new();
    private readonly double _capacity;
    private readonly double _perSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _last;

    public TokenBucket(double capacity, double perSecond, TimeProvider time)
    {
        (_capacity, _perSecond, _time) = (capacity, perSecond, time);
        _tokens = capacity;
        _last = time.GetTimestamp();
    }

    public bool TryTake()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_last, now).TotalSeconds * _perSecond));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }
            _tokens -= 1;
            return true;
        }
    }
}
