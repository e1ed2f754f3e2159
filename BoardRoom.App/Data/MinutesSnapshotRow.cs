namespace BoardRoom.App.Data;

/// <summary>The latest full text of a minutes document, so opening it replays only the operations after it.</summary>
public sealed class MinutesSnapshotRow
{
    public Guid DocumentId { get; set; }

    public long Revision { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset Timestamp { get; set; }
}
