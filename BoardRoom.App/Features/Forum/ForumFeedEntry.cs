namespace BoardRoom.App.Features.Forum;

/// <summary>One publication in the Atom feed; <see cref="PublicationId"/> makes its entry id, which never changes.</summary>
public sealed record ForumFeedEntry(Guid PublicationId, string BoardName, string BoardSlug, int MeetingNumber, string Title,
    DateTimeOffset StartsAt, int Version, DateTimeOffset PublishedAt, string CorrectionNote, string PublicSha256);
