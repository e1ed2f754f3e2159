using BoardRoom.Core.Minutes;

namespace BoardRoom.App.Features.Minutes;

/// <summary>What a person may do with one minutes section, decided on the server for every hub call.</summary>
public sealed record SectionAccess(MinutesSection Section, bool CanEdit, string? ReadOnlyReason);
