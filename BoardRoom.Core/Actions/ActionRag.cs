namespace BoardRoom.Core.Actions;

/// <summary>The red / amber / green (and grey) indicator of an action, as boards read their action logs.</summary>
public enum ActionRag
{
    Green,
    Amber,
    Red,
    /// <summary>Closed (done or dropped): no longer tracked.</summary>
    Grey,
}
