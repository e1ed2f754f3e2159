namespace BoardRoom.Core.Actions;

public enum ActionStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}
