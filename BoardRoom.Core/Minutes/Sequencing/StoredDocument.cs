namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// What <see cref="IOperationLog.LoadAsync"/> returns: the latest snapshot (null when there is none, meaning the
/// empty text at revision 0) and every operation after it, in revision order.
/// </summary>
public sealed record StoredDocument(DocumentSnapshot? Snapshot, IReadOnlyList<OperationRecord> Operations)
{
    /// <summary>The revision of the latest operation stored.</summary>
    public long Revision => Operations.Count > 0 ? Operations[^1].Revision : Snapshot?.Revision ?? 0;

    /// <summary>The text at <see cref="Revision"/>: the snapshot with the operations after it applied.</summary>
    public string Text()
    {
        var text = Snapshot?.Text ?? string.Empty;
        foreach (var record in Operations)
        {
            text = record.Operation.Apply(text);
        }
        return text;
    }
}
