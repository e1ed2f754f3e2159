using BoardRoom.Core.People;

namespace BoardRoom.Core.Minutes.Comments;

/// <summary>One message of a comment thread: the first opens it, the rest reply.</summary>
public sealed class CommentReply
{
    private CommentReply()
    {
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    internal CommentReply(Guid threadId, PersonId author, string authorName, string text, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ThreadId = threadId;
        AuthorId = author;
        AuthorName = authorName;
        Text = text;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ThreadId { get; private set; }

    public PersonId AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}
