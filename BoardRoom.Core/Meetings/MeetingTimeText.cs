using System.Globalization;

namespace BoardRoom.Core.Meetings;

/// <summary>
/// Dates and times as minutes print them, on the wall clock of the series' time zone and in British English:
/// "Tuesday 3 March 2026, 10:00–12:00 (UK time)". Nothing a reader sees is a UTC ISO string.
/// </summary>
public static class MeetingTimeText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Tuesday 3 March 2026".</summary>
    public static string Day(DateTimeOffset utc, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        LondonTime.ToLocal(utc, timeZoneId).ToString("dddd d MMMM yyyy", EnGb);

    /// <summary>"10:00".</summary>
    public static string Time(DateTimeOffset utc, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        LondonTime.ToLocal(utc, timeZoneId).ToString("HH:mm", EnGb);

    /// <summary>"Tuesday 3 March 2026, 10:00–12:00 (UK time)"; a meeting past midnight names both days.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end, string timeZoneId = MeetingSeries.DefaultTimeZone)
    {
        var sameDay = LondonTime.ToLocal(start, timeZoneId).Date == LondonTime.ToLocal(end, timeZoneId).Date;
        var until = sameDay ? Time(end, timeZoneId) : $"{Day(end, timeZoneId)}, {Time(end, timeZoneId)}";
        return $"{Day(start, timeZoneId)}, {Time(start, timeZoneId)}–{until} ({ZoneLabel(timeZoneId)})";
    }

    /// <summary>"Tuesday 3 March 2026, 10:00 (UK time)".</summary>
    public static string DayAndTime(DateTimeOffset utc, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        $"{Day(utc, timeZoneId)}, {Time(utc, timeZoneId)} ({ZoneLabel(timeZoneId)})";

    /// <summary>
    /// When a meeting is shown as taking place: its scheduled slot until it starts; from then on when it was actually
    /// held ("Started Wednesday 2 December 2026, 14:05 (UK time)" while it runs, "Held Wednesday 2 December 2026,
    /// 14:05–15:40 (UK time)" once closed), so that no page shows a held date that did not happen.
    /// </summary>
    public static string Occasion(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset? startedAt, DateTimeOffset? closedAt,
        string timeZoneId = MeetingSeries.DefaultTimeZone)
    {
        if (startedAt is not { } started)
        {
            return Span(startsAt, endsAt, timeZoneId);
        }
        return closedAt is { } closed ? $"Held {Span(started, closed, timeZoneId)}" : $"Started {DayAndTime(started, timeZoneId)}";
    }

    /// <inheritdoc cref="Occasion(DateTimeOffset, DateTimeOffset, DateTimeOffset?, DateTimeOffset?, string)"/>
    public static string Occasion(Meeting meeting, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        Occasion(meeting.StartsAt, meeting.EndsAt, meeting.StartedAt, meeting.ClosedAt, timeZoneId);

    /// <summary>"3 Mar 2026, 14:05": a moment in a narrow column.</summary>
    public static string Short(DateTimeOffset utc, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        LondonTime.ToLocal(utc, timeZoneId).ToString("d MMM yyyy, HH:mm", EnGb);

    /// <summary>What the clock is called: "UK time" for Europe/London, otherwise the zone's name ("Europe/Dublin time").</summary>
    public static string ZoneLabel(string timeZoneId) => timeZoneId switch
    {
        MeetingSeries.DefaultTimeZone => "UK time",
        "UTC" or "Etc/UTC" => "UTC",
        _ => $"{timeZoneId} time",
    };
}
