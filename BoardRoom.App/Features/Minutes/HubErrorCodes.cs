namespace BoardRoom.App.Features.Minutes;

/// <summary>
/// The machine-readable codes of refused hub calls (docs/collaboration-protocol.md, section 6). A refusal's message is
/// <c>code: explanation</c>; clients act on the code, never on the explanation. wwwroot-assets/src/minutes/error-codes.js
/// holds the same list for the browser (a test keeps the two equal).
/// </summary>
public static class HubErrorCodes
{
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string NotJoined = "not-joined";
    public const string ReadOnly = "read-only";
    public const string Locked = "locked";
    public const string Withdrawn = "withdrawn";
    public const string Malformed = "malformed";
    public const string Rejected = "rejected";
    public const string BadRevision = "bad-revision";
    public const string TooLarge = "too-large";
    public const string RateLimited = "rate-limited";
    public const string Busy = "busy";
    public const string ConflictingResend = "conflicting-resend";
    public const string ClientIdTaken = "client-id-taken";
}
