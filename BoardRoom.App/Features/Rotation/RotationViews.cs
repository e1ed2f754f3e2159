using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Rotation;

namespace BoardRoom.App.Features.Rotation;

/// <summary>A board's rotation page: the schedule, the tally per nation, who is owed, and the change log.</summary>
public sealed record RotationView(
    string BoardName,
    string BoardSlug,
    bool MayAdminister,
    IReadOnlyList<RotationSeatLine> Pool,
    IReadOnlyList<RotationScheduleLine> Schedule,
    IReadOnlyList<NationTally> Tally,
    IReadOnlyList<Nation> Owed,
    IReadOnlyList<RotationLogLine> Log);

public sealed record RotationSeatLine(MembershipId Id, Nation Nation, string FullName);

public sealed record RotationScheduleLine(
    MeetingId MeetingId,
    int Number,
    string Title,
    DateTimeOffset StartsAt,
    MeetingStatus Status,
    RotationOutcome Outcome,
    MembershipId? CoChairId,
    string CoChair,
    Nation? Nation,
    IReadOnlyList<Nation> PassedOver,
    IReadOnlyList<RotationAbsence> Unavailable,
    RotationChangeKind? PinnedBy,
    string? Note)
{
    public bool IsPlanned => Outcome is not (RotationOutcome.Held or RotationOutcome.Cancelled);

    /// <summary>A swap or a choice by hand holds this meeting's co-chair through re-planning.</summary>
    public bool IsPinned => Outcome == RotationOutcome.Pinned;
}

/// <summary>A rotating co-chair recorded as unable to chair a meeting.</summary>
public sealed record RotationAbsence(MembershipId MembershipId, string Name, string Reason);

public sealed record RotationLogLine(
    DateTimeOffset At,
    string Meeting,
    string From,
    string To,
    RotationChangeKind Kind,
    string Reason,
    string By);

/// <summary>A board the person sits on, with whether they may administer it.</summary>
public sealed record RotationBoardLink(string Name, string Slug, bool MayAdminister);
