using BoardRoom.Core.Common;

namespace BoardRoom.Core.Meetings;

/// <summary>
/// "Every N weeks on a weekday at a local time". Times are wall-clock in the series' time zone, so a 10:00
/// meeting stays at 10:00 across the clock changes.
/// </summary>
public sealed record Cadence
{
    public Cadence(int everyWeeks, DayOfWeek day, TimeOnly localStart)
    {
        if (everyWeeks <= 0)
        {
            throw new DomainRuleException($"A cadence must be at least every 1 week (got {everyWeeks}).");
        }
        if (everyWeeks > 52)
        {
            throw new DomainRuleException("A cadence can be at most every 52 weeks.");
        }
        EveryWeeks = everyWeeks;
        Day = day;
        LocalStart = localStart;
    }

    public int EveryWeeks { get; }

    public DayOfWeek Day { get; }

    public TimeOnly LocalStart { get; }

    public string Describe() => EveryWeeks == 1
        ? $"Every {Day} at {LocalStart:HH\\:mm}"
        : $"Every {EveryWeeks} weeks on {Day} at {LocalStart:HH\\:mm}";
}
