using BoardRoom.Core.Minutes.Ot;

namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// The acknowledgement of a submission: the revision it became and the operation as applied at that revision (what
/// the other members receive). <see cref="IsDuplicate"/> is true when the submission had been sequenced before and
/// this is the original acknowledgement again.
/// </summary>
public sealed record SubmitResult(long Revision, TextOperation Operation, bool IsDuplicate);
