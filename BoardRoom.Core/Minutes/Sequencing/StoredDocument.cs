namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// What <see cref="IOperationLog.LoadAsync"/> returns: the latest snapshot (null when there is none, meaning the
/// empty text at revision 0) and every operation after it, in revision order.
/// </summary>
public sealed record StoredDocument(DocumentSnapshot? Snapshot, IReadOnlyList<OperationRecord> Operations);
