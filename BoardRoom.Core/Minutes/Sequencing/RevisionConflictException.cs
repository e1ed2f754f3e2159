namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// The sequencer lost the race for a revision to other servers more times than allowed. Nothing was stored; the
/// client may re-send the same submission.
/// </summary>
public sealed class RevisionConflictException : Exception
{
    public RevisionConflictException(Guid documentId, int attempts)
        : base($"Document {documentId}: other servers kept taking the next revision; gave up after {attempts} attempts.")
    {
        DocumentId = documentId;
        Attempts = attempts;
    }

    public Guid DocumentId { get; }

    public int Attempts { get; }
}
