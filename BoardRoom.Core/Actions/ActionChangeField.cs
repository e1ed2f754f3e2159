namespace BoardRoom.Core.Actions;

/// <summary>What a correction of an action changed.</summary>
public enum ActionChangeField
{
    Wording,
    Owner,
    DueDate,
    Status,
}
