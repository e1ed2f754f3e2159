namespace BoardRoom.Core.Actions;

/// <summary>How far a person may change an action.</summary>
public enum ActionRight
{
    None,
    /// <summary>The action's owner: its status, with a comment.</summary>
    StatusAndComment,
    /// <summary>A co-chair or the secretariat of its board: wording, owner, due date and status.</summary>
    Everything,
}
