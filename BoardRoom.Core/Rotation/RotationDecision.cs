namespace BoardRoom.Core.Rotation;

/// <summary>
/// The result of a swap or a choice by hand: the pins to store (replacing any pins of the same meetings), the
/// changes for the log, and the plan with the decision in it.
/// </summary>
public sealed record RotationDecision(IReadOnlyList<RotationPin> Pins, IReadOnlyList<RotationChange> Changes, RotationPlan Plan);
