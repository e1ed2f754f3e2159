namespace BoardRoom.Core.Meetings;

/// <summary>Wall-clock to UTC and back for a named zone (Europe/London by default), honouring clock changes.</summary>
public static class LondonTime
{
    public static TimeZoneInfo Zone(string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, string timeZoneId = MeetingSeries.DefaultTimeZone)
    {
        var zone = Zone(timeZoneId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A wall time inside the spring-forward gap does not exist: move it an hour later, as calendars do.
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }
        var offset = zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset utc, string timeZoneId = MeetingSeries.DefaultTimeZone) =>
        TimeZoneInfo.ConvertTime(utc, Zone(timeZoneId)).DateTime;
}
