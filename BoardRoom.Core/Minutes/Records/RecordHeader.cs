namespace BoardRoom.Core.Minutes.Records;

/// <summary>What heads the minutes: the board, which meeting, when and where, and who co-chaired it.</summary>
public sealed record RecordHeader(
    string BoardName,
    string SeriesName,
    int MeetingNumber,
    string MeetingTitle,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    IReadOnlyList<string> CoChairs);
