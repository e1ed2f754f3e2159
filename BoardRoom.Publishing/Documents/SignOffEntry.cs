namespace BoardRoom.Publishing.Documents;

/// <summary>
/// A signature on the minutes: who signed, in which role, when, and the SHA-256 of the text they
/// approved (hex), so a reader can check the published text is the one signed.
/// </summary>
public sealed record SignOffEntry(string Name, string Role, DateTimeOffset SignedAt, string Sha256);
