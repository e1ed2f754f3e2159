namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>A selection (anchor = head for a caret) in the coordinates of the document at <c>Revision</c>.</summary>
public sealed record Selection(long Revision, int Anchor, int Head);
