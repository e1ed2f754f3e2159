namespace BoardRoom.Core.Minutes.Ot;

/// <summary>
/// Why an operation was refused. The names are also the error codes of the JavaScript twin and of
/// testdata/ot-vectors.json, so they are part of the wire contract: do not rename.
/// </summary>
public enum OperationRejectionReason
{
    /// <summary>Not an array, or a component that is neither an integer nor a string.</summary>
    Malformed,

    /// <summary>A retain or delete of zero or fewer characters, or an empty insert.</summary>
    InvalidLength,

    /// <summary>The operation's base length is not the length of the text it is applied to (or composed/transformed with).</summary>
    BaseLengthMismatch,

    /// <summary>A position or count outside the document.</summary>
    OutOfRange,

    /// <summary>Inserted text contains an unpaired UTF-16 surrogate.</summary>
    LoneSurrogate,

    /// <summary>A retain, insert or delete boundary falls between the two halves of a surrogate pair of the document.</summary>
    SplitsSurrogatePair,

    /// <summary>The revision the client based its operation on is negative or newer than the server's.</summary>
    RevisionOutOfRange,
}
