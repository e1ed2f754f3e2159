using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Minutes.Ot;
using BoardRoom.Core.Minutes.Records;

namespace BoardRoom.Core.Minutes.Comments;

/// <summary>
/// A review comment on a range of one section's minutes, with its replies, open until someone resolves it (and
/// reopenable). The anchor is stored with the revision of the text it is on; it is brought to the text as it now is by
/// transforming it through the op log's operations since (<see cref="TextAnchor.Through(IEnumerable{TextOperation})"/>),
/// so it moves with everyone's edits. Who may comment is decided by the caller (those who may edit the section).
/// </summary>
public sealed class CommentThread
{
    public const int MaxTextLength = 2000;
    public const int MaxQuoteLength = 500;

    private readonly List<CommentReply> _replies = [];

    private CommentThread()
    {
        Quote = string.Empty;
        ResolvedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public MeetingId MeetingId { get; private set; }

    public BoardId BoardId { get; private set; }

    /// <summary>The minutes section (its agenda item's id).</summary>
    public AgendaItemId SectionId { get; private set; }

    public int AnchorStart { get; private set; }

    public int AnchorEnd { get; private set; }

    /// <summary>The revision of the section's text the anchor's offsets are on.</summary>
    public long AnchorRevision { get; private set; }

    /// <summary>The text commented on, as it was when the thread was opened (shown when the range is later deleted).</summary>
    public string Quote { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public bool IsResolved => ResolvedAt is not null;

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string ResolvedByName { get; private set; }

    public TextAnchor Anchor => new(AnchorStart, AnchorEnd);

    public IReadOnlyList<CommentReply> Replies => _replies.OrderBy(r => r.At).ThenBy(r => r.Id).ToList();

    /// <summary>Opens a thread on <paramref name="anchor"/> of the section's text at <paramref name="revision"/>.</summary>
    public static CommentThread Open(MinutesSection section, TextAnchor anchor, long revision, string quote, WorkflowActor author, string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(author);
        if (section.IsLocked)
        {
            throw new DomainRuleException("These minutes are locked: comments are closed.");
        }
        if (anchor.IsCollapsed || revision < 0)
        {
            throw new DomainRuleException("Select some of the minutes' text to comment on.");
        }
        var body = Require.Text(text, "The comment", MaxTextLength);
        var thread = new CommentThread
        {
            Id = Guid.NewGuid(),
            MeetingId = section.MeetingId,
            BoardId = section.BoardId,
            SectionId = section.Id,
            AnchorStart = anchor.Start,
            AnchorEnd = anchor.End,
            AnchorRevision = revision,
            Quote = quote.Length > MaxQuoteLength ? quote[..(MaxQuoteLength - 1)] + "…" : quote,
            OpenedAt = at,
        };
        thread._replies.Add(new CommentReply(thread.Id, author.PersonId, author.Name, body, at));
        return thread;
    }

    public CommentReply Reply(MinutesSection section, WorkflowActor author, string text, DateTimeOffset at)
    {
        RequireOpenSection(section);
        ArgumentNullException.ThrowIfNull(author);
        var reply = new CommentReply(Id, author.PersonId, author.Name, Require.Text(text, "The reply", MaxTextLength), at);
        _replies.Add(reply);
        if (IsResolved)
        {
            // Replying to a resolved thread is saying it is not settled.
            ResolvedAt = null;
            ResolvedByName = string.Empty;
        }
        return reply;
    }

    public void Resolve(MinutesSection section, WorkflowActor by, DateTimeOffset at)
    {
        RequireOpenSection(section);
        ArgumentNullException.ThrowIfNull(by);
        if (IsResolved)
        {
            throw new DomainRuleException($"{ResolvedByName} has already resolved this comment.");
        }
        ResolvedAt = at;
        ResolvedByName = by.Name;
    }

    public void Reopen(MinutesSection section)
    {
        RequireOpenSection(section);
        if (!IsResolved)
        {
            throw new DomainRuleException("This comment is open already.");
        }
        ResolvedAt = null;
        ResolvedByName = string.Empty;
    }

    /// <summary>Stores the anchor as transformed up to <paramref name="revision"/> (a cache: the op log is the truth).</summary>
    public void MoveAnchor(TextAnchor anchor, long revision)
    {
        if (revision < AnchorRevision)
        {
            throw new ArgumentOutOfRangeException(nameof(revision), "An anchor only moves forward through the log.");
        }
        (AnchorStart, AnchorEnd, AnchorRevision) = (anchor.Start, anchor.End, revision);
    }

    private void RequireOpenSection(MinutesSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.Id != SectionId)
        {
            throw new DomainRuleException("That comment belongs to another section.");
        }
        if (section.IsLocked)
        {
            throw new DomainRuleException("These minutes are locked: comments are closed.");
        }
    }
}
