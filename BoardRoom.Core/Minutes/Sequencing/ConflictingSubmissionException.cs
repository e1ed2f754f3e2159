namespace BoardRoom.Core.Minutes.Sequencing;

/// <summary>
/// A submission whose (ClientId, ClientSeq) is already in the log but is not a re-send of that edit: either another
/// author's edit holds the pair (<see cref="ByAnotherAuthor"/>; the client should pick a new ClientId and re-send), or
/// the same author sent a different operation under it. Nothing was stored; it is never taken for a duplicate.
/// </summary>
public sealed class ConflictingSubmissionException(Guid documentId, string clientId, long clientSeq, bool byAnotherAuthor)
    : Exception(byAnotherAuthor
        ? $"Client id '{clientId}' with sequence {clientSeq} is taken by another author's edit of document {documentId}."
        : $"Edit {clientSeq} of client '{clientId}' was stored before with a different operation in document {documentId}.")
{
    public bool ByAnotherAuthor { get; } = byAnotherAuthor;
}
