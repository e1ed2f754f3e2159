namespace BoardRoom.Core.Agendas;

/// <summary>
/// One item of an agenda pack: where it sits, when it starts by the agenda's clock, who presents it and why, and the
/// titles of its papers. Reserved items carry <see cref="IsReserved"/>, which <see cref="AgendaPack.ToPublic"/> reads.
/// </summary>
public sealed record AgendaPackItem(
    int Position,
    string Title,
    AgendaPurpose Purpose,
    string Presenter,
    DateTimeOffset StartsAt,
    int MinutesAllotted,
    string Description,
    bool IsReserved,
    bool IsStanding,
    IReadOnlyList<string> Papers,
    string? CarriedFrom = null)
{
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(MinutesAllotted);
}
