using BoardRoom.Core.Actions;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Decisions;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Registers;

public sealed record DecisionQuery(string? Text = null, string? BoardSlug = null, int? Year = null, DecisionMethod? Method = null);

public sealed record DecisionRow(string Reference, string BoardName, string BoardSlug, MeetingId MeetingId, string MeetingTitle, DateTimeOffset MeetingDate,
    string ItemTitle, string Text, string HowDecided, DecisionId Id = default, DecisionStatus Status = DecisionStatus.InForce,
    string? SupersededByReference = null, bool IsCorrected = false, bool MayCorrect = false, IReadOnlyList<HistoryRow>? History = null);

public sealed record ActionQuery(bool MineOnly = false, bool OverdueOnly = false, bool OpenOnly = false, string? Owner = null, Nation? Nation = null,
    ActionStatus? Status = null, string? Text = null, string? BoardSlug = null);

public sealed record ActionRow(ActionItemId Id, string Reference, string BoardName, MeetingId MeetingId, string MeetingTitle, string ItemTitle,
    string Description, string Owner, Nation? OwnerNation, string Measure, DateOnly DueOn, ActionStatus Status, bool IsOverdue, string DropReason,
    bool MayUpdate, IReadOnlyList<ActionUpdateRow> Updates, ActionRight Right = ActionRight.None, ActionRag Rag = ActionRag.Green,
    PersonId? OwnerPersonId = null, string OwnerOrganisation = "", IReadOnlyList<HistoryRow>? History = null);

public sealed record ActionUpdateRow(DateTimeOffset At, string By, string Comment, ActionStatus? NewStatus);
