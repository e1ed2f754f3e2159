using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Agendas;

/// <summary>
/// A meeting's agenda as the board pack prints it: the meeting, its co-chairs, whether the agenda is approved, and each
/// item with its start time and papers. Built whole (reserved items included) and cut down with <see cref="ToPublic"/>
/// for those who may not read reserved business, so the public pack leaves reserved items out by construction, as
/// <c>MinutesRecord.ToPublic()</c> does for minutes.
/// </summary>
public sealed record AgendaPack(
    string BoardName,
    string SeriesName,
    string MeetingTitle,
    int MeetingNumber,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    string OnlineLink,
    string TimeZoneId,
    IReadOnlyList<string> CoChairs,
    string Approval,
    IReadOnlyList<AgendaPackItem> Items,
    DateTimeOffset PreparedAt)
{
    /// <summary>False once <see cref="ToPublic"/> has left reserved items out.</summary>
    public bool IncludesReserved { get; init; } = true;

    public bool HasReservedItems => Items.Any(i => i.IsReserved);

    /// <summary>The pack without reserved items (and so without their papers), for everyone else on the board.</summary>
    public AgendaPack ToPublic() => this with { Items = Items.Where(i => !i.IsReserved).ToList(), IncludesReserved = false };

    /// <summary>"Tuesday 3 March 2026, 10:00–12:00 (UK time)".</summary>
    public string When => MeetingTimeText.Span(StartsAt, EndsAt, TimeZoneId);
}
