using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;

namespace BoardRoom.App.Features.Meetings;

public sealed record MeetingSummary(
    MeetingId Id,
    string BoardName,
    string BoardSlug,
    string SeriesName,
    int Number,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    MeetingStatus Status,
    AgendaStatus AgendaStatus,
    IReadOnlyList<string> CoChairs,
    string Occasion = "",
    DateTimeOffset? StartedAt = null)
{
    /// <summary>The day the meeting is dated by: when it started, once it has; its scheduled start before.</summary>
    public DateTimeOffset HeldAt => StartedAt ?? StartsAt;
}
