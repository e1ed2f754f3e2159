using BoardRoom.Core.Actions;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.MeetingRun;

/// <summary>The live state of a meeting as every participant sees it.</summary>
public sealed record RunView(
    MeetingId MeetingId,
    string Title,
    MeetingStatus Status,
    AgendaStatus AgendaStatus,
    AgendaItemId? CurrentItemId,
    DateTimeOffset? CurrentItemStartedAt,
    int CurrentItemMinutes,
    bool MayRun,
    bool MayEditMinutes,
    PersonId Me,
    QuorumStatus Quorum,
    string QuorumRule,
    IReadOnlyList<AttendanceLine> Attendance,
    IReadOnlyList<DeclarationLine> Declarations,
    IReadOnlyList<DecisionLine> Decisions,
    IReadOnlyList<ActionLine> Actions,
    IReadOnlyList<ActionLine> OpenActionsForReview,
    IReadOnlyList<RunItem> Items,
    IReadOnlyList<PersonOption> Members,
    string? StartWarning = null,
    string Occasion = "")
{
    /// <summary>Closed or cancelled: the run page shows the record and takes no more commands.</summary>
    public bool IsFinished => Status is MeetingStatus.Closed or MeetingStatus.Cancelled;
}

public sealed record RunItem(
    AgendaItemId Id, int Position, string Title, int Minutes, bool IsReserved, bool IsActionLogReview, bool IsStanding = false, int? CarriedToMeeting = null,
    AgendaItemOutcome Outcome = AgendaItemOutcome.Pending);

public sealed record AttendanceLine(AttendanceEntryId? EntryId, PersonId? PersonId, string Name, string Role, AttendanceStatus? Status, DateTimeOffset? ArrivedAt, DateTimeOffset? LeftAt, bool IsGuest);

public sealed record DeclarationLine(AgendaItemId ItemId, string ItemTitle, PersonId PersonId, string Name, string Interest, bool Withdraws);

public sealed record DecisionLine(string Reference, AgendaItemId ItemId, string Text, string HowDecided);

public sealed record ActionLine(ActionItemId Id, string Reference, AgendaItemId ItemId, string Description, string Owner, string Measure, DateOnly DueOn, ActionStatus Status, bool IsOverdue, string MeetingTitle);

public sealed record PersonOption(PersonId Id, string Name, string Organisation);
