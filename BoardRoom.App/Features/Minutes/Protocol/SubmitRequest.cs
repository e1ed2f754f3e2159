using System.Text.Json;

namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Client → server: an edit made against <c>BaseRevision</c>. <c>Operation</c> is the wire-format JSON array.</summary>
public sealed record SubmitRequest(Guid SectionId, string ClientId, long ClientSeq, long BaseRevision, JsonElement Operation);
