using System.Globalization;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Components.Shared;

/// <summary>Dates and times as a UK board reads them: Europe/London wall clock, British English.</summary>
public static class When
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Day(DateTimeOffset utc) => LondonTime.ToLocal(utc).ToString("ddd d MMM yyyy", EnGb);

    public static string Time(DateTimeOffset utc) => LondonTime.ToLocal(utc).ToString("HH:mm", EnGb);

    public static string Span(DateTimeOffset start, DateTimeOffset end) => $"{Day(start)}, {Time(start)}–{Time(end)}";

    public static string DayOfMonth(DateTimeOffset utc) => LondonTime.ToLocal(utc).Day.ToString(EnGb);

    public static string MonthShort(DateTimeOffset utc) => LondonTime.ToLocal(utc).ToString("MMM", EnGb);

    public static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
