using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// One sequenced operation as stored in the log. <see cref="Revision"/> is the revision the operation produces
/// (the first operation of a document is revision 1); <see cref="Operation"/> is the operation as applied at that
/// revision, i.e. after transformation. (DocumentId, Revision) and (DocumentId, ClientId, ClientSeq) are unique.
/// </summary>
public sealed record OperationRecord(
    Guid DocumentId,
    long Revision,
    string AuthorId,
    string ClientId,
    long ClientSeq,
    TextOperation Operation,
    DateTimeOffset Timestamp);
