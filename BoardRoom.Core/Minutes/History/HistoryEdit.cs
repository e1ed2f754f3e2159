using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.History;

/// <summary>One sequenced edit of a section as the op log holds it: the revision it produced, by whom, when, and what.</summary>
public sealed record HistoryEdit(long Revision, string AuthorId, DateTimeOffset At, TextOperation Operation);
