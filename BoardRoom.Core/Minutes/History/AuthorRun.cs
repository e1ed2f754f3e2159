namespace BoardRoom.Core.Minutes.History;

/// <summary>A stretch of <see cref="Length"/> UTF-16 code units of a text, all written by one author.</summary>
public sealed record AuthorRun(string AuthorId, int Length);
