namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Server → everyone else: a participant left the section (or disconnected).</summary>
public sealed record PresenceLeft(Guid SectionId, string ParticipantId);
