namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>A consistent view of a document for a member who joins: its text at a revision.</summary>
public sealed record DocumentState(Guid DocumentId, long Revision, string Text);
