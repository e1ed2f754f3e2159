namespace BoardRoom.Core.Decisions;

public enum DecisionChangeKind
{
    /// <summary>The wording was corrected (a typo, a figure): what was decided is unchanged.</summary>
    Wording,
    Rescinded,
    Superseded,
}
