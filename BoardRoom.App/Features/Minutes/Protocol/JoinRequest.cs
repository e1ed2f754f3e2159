namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>
/// Client → server: open a section; <c>KnownRevision</c> when rejoining after a disconnect. <c>Pending</c> says the
/// client holds unacknowledged edits: a long catch-up then comes in pages of operations (it needs them to rebase its
/// edits) rather than as the whole text.
/// </summary>
public sealed record JoinRequest(Guid SectionId, long? KnownRevision, bool Pending = false);
