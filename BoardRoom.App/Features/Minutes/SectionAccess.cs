using BoardRoom.Core.Minutes;

namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// What a person may do with one minutes section, decided on the server for every hub call. When the person may only
/// read, <c>ReadOnlyCode</c> (a <see cref="HubErrorCodes"/> value) is what an edit is refused with, and
/// <c>ReadOnlyReason</c> says why in words.
/// </summary>
public sealed record SectionAccess(MinutesSection Section, bool CanEdit, string? ReadOnlyReason, string? ReadOnlyCode = null);
