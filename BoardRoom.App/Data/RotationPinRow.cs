using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;

namespace BoardRoom.App.Data;

/// <summary>A stored <see cref="RotationPin"/>: a swap or a choice by hand that re-planning keeps.</summary>
public sealed class RotationPinRow
{
    public MeetingId MeetingId { get; set; }

    public BoardId BoardId { get; set; }

    public MembershipId MembershipId { get; set; }

    public Nation? TurnOf { get; set; }

    public RotationChangeKind Kind { get; set; }

    public PersonId? PinnedBy { get; set; }

    public DateTimeOffset PinnedAt { get; set; }

    public RotationPin ToPin() => new(MeetingId, MembershipId, TurnOf, Kind);
}
