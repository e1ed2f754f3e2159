using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Rotation;

/// <summary>
/// One change of a meeting's rotating co-chair, for the rotation's change log.
/// <paramref name="By"/> is null when the change was made by re-planning rather than by a person's choice.
/// </summary>
public sealed record RotationChange(
    MeetingId MeetingId,
    MembershipId? From,
    MembershipId? To,
    RotationChangeKind Kind,
    string Reason,
    PersonId? By,
    DateTimeOffset At);
