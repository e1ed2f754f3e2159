namespace BoardRoom.Core.Decisions;

public enum DecisionStatus
{
    InForce,
    Rescinded,
    /// <summary>Replaced by a later decision of the same board, which it links to.</summary>
    Superseded,
}
