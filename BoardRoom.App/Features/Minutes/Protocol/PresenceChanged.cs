namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Server → everyone else: a participant joined, or moved their caret or selection.</summary>
public sealed record PresenceChanged(Guid SectionId, Participant Participant);
