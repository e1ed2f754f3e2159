namespace BoardRoom.App.Features.Forum;

public sealed record ForumBoard(string Name, string Slug, string Description, int PublishedMeetings);
