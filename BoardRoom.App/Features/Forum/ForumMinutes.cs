namespace BoardRoom.App.Features.Forum;

/// <summary>
/// One published version of a meeting's minutes as the forum shows it: the stored HTML, the hash, the other versions,
/// and when it was held in words on the series' clock (<see cref="Held"/>: "Tuesday 3 March 2026, 10:00–12:00 (UK time)").
/// </summary>
public sealed record ForumMinutes(
    string BoardName,
    string BoardSlug,
    int MeetingNumber,
    string Title,
    DateTimeOffset StartsAt,
    int Version,
    DateTimeOffset PublishedAt,
    string CorrectionNote,
    string PublicSha256,
    string Html,
    bool IsLatest,
    IReadOnlyList<ForumVersion> Versions,
    string Held)
{
    /// <summary>For a correction, what changed in the public text since the version before (HTML, every text encoded); null for version 1.</summary>
    public string? ChangesHtml { get; init; }

    /// <summary>Whether a Word document was stored with this version (versions published before Word export have none).</summary>
    public bool HasDocx { get; init; } = true;

    public string PdfPath => ForumDirectory.PdfPath(BoardSlug, MeetingNumber, Version);

    public string DocxPath => ForumDirectory.DocxPath(BoardSlug, MeetingNumber, Version);
}

public sealed record ForumVersion(int Version, DateTimeOffset PublishedAt, string CorrectionNote);
