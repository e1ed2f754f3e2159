using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// What heads the minutes: the board, which meeting, when and where, and who co-chaired it. Its times are printed on
/// the clock of <see cref="TimeZoneId"/>, the series' time zone.
/// </summary>
public sealed record RecordHeader(
    string BoardName,
    string SeriesName,
    int MeetingNumber,
    string MeetingTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    IReadOnlyList<string> CoChairs,
    string TimeZoneId = MeetingSeries.DefaultTimeZone);
