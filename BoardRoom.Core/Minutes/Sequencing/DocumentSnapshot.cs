namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>The full text of a document at a revision, so opening it does not replay the whole log.</summary>
public sealed record DocumentSnapshot(Guid DocumentId, long Revision, string Text, DateTimeOffset Timestamp);
