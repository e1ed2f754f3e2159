namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Server → a connection that may no longer read a section it had joined (its role, seat or the item's classification
/// changed): it has left the section and receives nothing more of it. <c>Code</c> is a HubErrorCodes value.
/// </summary>
public sealed record AccessRevoked(Guid SectionId, string Code, string Message);
