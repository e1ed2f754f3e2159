using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;

namespace BoardRoom.Core.Rotation;

/// <summary>One meeting in a rotation plan.</summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="StartsAt">When it starts (UTC).</param>
/// <param name="Outcome">How its co-chair was decided.</param>
/// <param name="CoChairId">Its rotating co-chair, or null if it has none.</param>
/// <param name="Nation">The nation that co-chair sits for, when known.</param>
/// <param name="PassedOver">Nations whose turn passed over them at this meeting because they were unavailable; each is now owed a turn.</param>
/// <param name="Note">Why there is no co-chair, or why a pin no longer holds; null otherwise. Written to be shown to a person.</param>
public sealed record RotationPlanEntry(
    MeetingId MeetingId,
    DateTimeOffset StartsAt,
    RotationOutcome Outcome,
    MembershipId? CoChairId,
    Nation? Nation,
    IReadOnlyList<Nation> PassedOver,
    string? Note)
{
    /// <summary>Its co-chair is history and no plan changes it.</summary>
    public bool IsFixed => Outcome == RotationOutcome.Held;

    /// <summary>Not held and not cancelled: the rotation decides its co-chair.</summary>
    public bool IsPlanned => Outcome is not (RotationOutcome.Held or RotationOutcome.Cancelled);
}
