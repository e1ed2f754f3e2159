using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>
/// One published version of a meeting's minutes, immutable once made: the public PDF and HTML exactly as the forum
/// serves them, the full (confidential) PDF for members, both hashes, and for a correction the note of what changed.
/// Nothing in it can be changed; a correction is a new publication with the next version number.
/// </summary>
public sealed class MinutesPublication
{
    private MinutesPublication()
    {
        Title = string.Empty;
        PublishedByName = string.Empty;
        CorrectionNote = string.Empty;
        PublicSha256 = string.Empty;
        FullSha256 = string.Empty;
        Content = null!;
    }

    internal MinutesPublication(MeetingId meetingId, BoardId boardId, int meetingNumber, string title, DateTimeOffset meetingStartsAt, int version,
        PersonId publishedBy, string publishedByName, DateTimeOffset publishedAt, string correctionNote, PublishedFiles files)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        BoardId = boardId;
        MeetingNumber = meetingNumber;
        Title = title;
        MeetingStartsAt = meetingStartsAt;
        Version = version;
        PublishedBy = publishedBy;
        PublishedByName = publishedByName;
        PublishedAt = publishedAt;
        CorrectionNote = correctionNote;
        PublicSha256 = files.PublicSha256;
        FullSha256 = files.FullSha256;
        Content = new PublicationContent(Id, files);
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public BoardId BoardId { get; private set; }

    public int MeetingNumber { get; private set; }

    public string Title { get; private set; }

    public DateTimeOffset MeetingStartsAt { get; private set; }

    /// <summary>1 for the first publication, then one more for each correction.</summary>
    public int Version { get; private set; }

    public PersonId PublishedBy { get; private set; }

    public string PublishedByName { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    /// <summary>What a correction changed (empty for version 1).</summary>
    public string CorrectionNote { get; private set; }

    /// <summary>SHA-256 of the public record's canonical text: printed in the public PDF's footers and on the forum page.</summary>
    public string PublicSha256 { get; private set; }

    /// <summary>SHA-256 of the full record the co-chairs signed.</summary>
    public string FullSha256 { get; private set; }

    /// <summary>The rendered files (loaded only when asked for).</summary>
    public PublicationContent Content { get; private set; }
}
