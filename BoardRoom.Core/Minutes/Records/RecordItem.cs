using BoardRoom.Core.Agendas;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// One agenda item as minuted: its minutes text (Markdown from its section), declarations, decisions and actions; or,
/// when the meeting did not reach it, only that (<see cref="Outcome"/>, and the start of the meeting it was carried to).
/// </summary>
public sealed record RecordItem(
    int Number,
    string Title,
    string Presenter,
    AgendaPurpose Purpose,
    bool IsReserved,
    string MinutesMarkdown,
    IReadOnlyList<RecordDeclaration> Declarations,
    IReadOnlyList<RecordDecision> Decisions,
    IReadOnlyList<RecordAction> Actions,
    AgendaItemOutcome Outcome = AgendaItemOutcome.Taken,
    DateTimeOffset? CarriedTo = null)
{
    public bool WasNotReached => Outcome is AgendaItemOutcome.CarriedForward or AgendaItemOutcome.Deferred or AgendaItemOutcome.NotReached;
}
