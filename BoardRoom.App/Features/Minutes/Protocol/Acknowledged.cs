namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Server → the author: the edit (ClientId, ClientSeq) is durably stored as <c>Revision</c>. <c>Duplicate</c> is true
/// when it had been stored before (a re-send after reconnecting) and was not applied again.
/// </summary>
public sealed record Acknowledged(Guid SectionId, string ClientId, long ClientSeq, long Revision, bool Duplicate);
