namespace BoardRoom.App.Data;

/// <summary>A row of the durable op log. (DocumentId, Revision) and (DocumentId, ClientId, ClientSeq) are unique.</summary>
public sealed class MinutesOperationRow
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public long Revision { get; set; }

    public string AuthorId { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    public long ClientSeq { get; set; }

    /// <summary>The operation as applied at <see cref="Revision"/>, in the wire format (a JSON array).</summary>
    public string Operation { get; set; } = string.Empty;

    public DateTimeOffset Timestamp { get; set; }
}
