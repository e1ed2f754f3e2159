namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Client → server: my selection, in the coordinates of the document at <c>Revision</c> plus my unacknowledged edits.</summary>
public sealed record PresenceRequest(Guid SectionId, long Revision, int Anchor, int Head);
