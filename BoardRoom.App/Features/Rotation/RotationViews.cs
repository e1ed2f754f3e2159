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
    IReadOnlyList<string> Unavailable,
    bool IsPinned,
    string? Note)
{
    public bool IsPlanned => Outcome is not (RotationOutcome.Held or RotationOutcome.Cancelled);
}

public sealed record RotationLogLine(
    DateTimeOffset At,
    string Meeting,
    string From,
    string To,
    RotationChangeKind Kind,
    string Reason,
    string By);
