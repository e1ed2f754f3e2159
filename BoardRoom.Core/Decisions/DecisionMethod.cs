namespace BoardRoom.Core.Decisions;

public enum DecisionMethod
{
    Consensus,
    Vote,
}
