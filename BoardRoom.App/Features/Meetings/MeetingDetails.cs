using BoardRoom.Core.Agendas;

namespace BoardRoom.App.Features.Meetings;

public sealed record MeetingDetails(
    MeetingSummary Summary,
    string OnlineLink,
    IReadOnlyList<AgendaLine> Agenda,
    int MinutesPlanned,
    int MinutesAvailable,
    int ReservedItemsHidden,
    AgendaItemId? CurrentItemId,
    IReadOnlyList<MemberOption> Members)
{
    /// <summary>The person's seat may read reserved business (their board pack is the full one).</summary>
    public bool ReadsReserved { get; init; }
}

/// <summary>A member as an action owner to choose from.</summary>
public sealed record MemberOption(string PersonId, string Name);

public sealed record AgendaLine(
    AgendaItemId Id,
    int Position,
    string Title,
    AgendaPurpose Purpose,
    string Presenter,
    int MinutesAllotted,
    DateTimeOffset StartsAt,
    string Description,
    bool IsReserved,
    bool IsStanding,
    string? CarriedFrom = null,
    IReadOnlyList<Agendas.PaperLine>? Papers = null);
