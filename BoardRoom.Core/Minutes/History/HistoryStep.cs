namespace BoardRoom.Core.Minutes.History;

/// <summary>
/// One step of a section's timeline: consecutive edits by one author without a long pause (a sitting at the keyboard),
/// from the revision before the first to <see cref="ToRevision"/>, with the characters they added and removed.
/// </summary>
public sealed record HistoryStep(long FromRevision, long ToRevision, string AuthorId, DateTimeOffset StartedAt, DateTimeOffset EndedAt, int Inserted, int Deleted);
