namespace BoardRoom.Core.Minutes.History;

/// <summary>A section's text at one revision, cut into runs by who wrote each character ("who wrote what").</summary>
public sealed record HistoryVersion(long Revision, string Text, IReadOnlyList<AuthorRun> Runs);
