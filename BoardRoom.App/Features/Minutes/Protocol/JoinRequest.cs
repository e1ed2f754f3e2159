namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Client → server: open a section; <c>KnownRevision</c> when rejoining after a disconnect.</summary>
public sealed record JoinRequest(Guid SectionId, long? KnownRevision);
