namespace BoardRoom.Core.Minutes.Records;

public enum RecordVersion
{
    /// <summary>Everything, reserved business included: confidential, for members allowed to read reserved business.</summary>
    Full,

    /// <summary>What the forum publishes: reserved items are not in it at all.</summary>
    Public,
}
