namespace BoardRoom.App.Features.Forum;

/// <summary>A board's forum page: its published minutes, newest first.</summary>
public sealed record ForumBoardMinutes(string Name, string Slug, string Description, IReadOnlyList<ForumMinutesSummary> Minutes);

public sealed record ForumMinutesSummary(int MeetingNumber, string Title, DateTimeOffset StartsAt, int LatestVersion, DateTimeOffset PublishedAt);
