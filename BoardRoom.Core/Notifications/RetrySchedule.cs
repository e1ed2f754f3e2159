namespace BoardRoom.Core.Notifications;

/// <summary>
/// Exponential back-off between delivery attempts: <see cref="First"/>, then doubling up to <see cref="Longest"/>,
/// and no further attempt after <see cref="MaxAttempts"/>.
/// </summary>
public sealed record RetrySchedule(TimeSpan First, TimeSpan Longest, int MaxAttempts)
{
    public static RetrySchedule Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 8);

    /// <summary>When to try again after attempt number <paramref name="attempts"/> failed, or null to give up.</summary>
    public DateTimeOffset? NextAttempt(int attempts, DateTimeOffset failedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        if (attempts >= MaxAttempts)
        {
            return null;
        }
        var exponent = Math.Min(attempts - 1, 30);
        var delay = TimeSpan.FromTicks((long)Math.Min(First.Ticks * Math.Pow(2, exponent), Longest.Ticks));
        return failedAt + delay;
    }
}
