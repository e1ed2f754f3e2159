using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>
/// A rotating co-chair fixed by a person's decision (a swap or a choice by hand), which re-planning keeps.
/// </summary>
/// <param name="MeetingId">The pinned meeting.</param>
/// <param name="MembershipId">Who co-chairs it.</param>
/// <param name="TurnOf">
/// Whose turn in the rotation this meeting stands for. A swap exchanges who sits in two meetings but not whose turn
/// each meeting was, so the meetings in between keep their co-chairs. Null for a choice by hand: the meeting then
/// counts as the chosen nation's turn.
/// </param>
/// <param name="Kind"><see cref="RotationChangeKind.Swapped"/> or <see cref="RotationChangeKind.Chosen"/>.</param>
public sealed record RotationPin(MeetingId MeetingId, MembershipId MembershipId, Nation? TurnOf, RotationChangeKind Kind);
