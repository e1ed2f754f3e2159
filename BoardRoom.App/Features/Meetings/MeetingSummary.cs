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
    IReadOnlyList<string> CoChairs);
