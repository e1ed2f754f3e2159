using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Records;

/// <summary>A member's comment on the circulated draft.</summary>
public sealed class ReviewComment
{
    private ReviewComment()
    {
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    internal ReviewComment(MeetingId meetingId, PersonId author, string authorName, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        MeetingId = meetingId;
        Author = author;
        AuthorName = authorName;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public PersonId Author { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}
