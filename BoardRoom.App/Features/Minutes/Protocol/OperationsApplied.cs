namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Server → everyone in the section, its author included: consecutive edits sequenced while the previous broadcast of
/// the section was still being sent, in revision order. A client finds its own in-flight edit among them by
/// (ClientId, ClientSeq) and takes it as its acknowledgement (the <c>Acknowledged</c> that follows is then a repeat).
/// </summary>
public sealed record OperationsApplied(Guid SectionId, IReadOnlyList<OperationApplied> Operations);
