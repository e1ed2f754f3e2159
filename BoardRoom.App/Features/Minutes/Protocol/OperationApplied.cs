using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.App.Features.Minutes.Protocol;

/// <summary>Server → everyone else in the section: an edit sequenced at <c>Revision</c> (it applies to revision - 1).</summary>
public sealed record OperationApplied(
    Guid SectionId,
    long Revision,
    TextOperation Operation,
    string AuthorId,
    string AuthorName,
    string ClientId,
    long ClientSeq);
