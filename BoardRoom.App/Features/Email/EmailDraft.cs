using BoardRoom.Core.Boards;
using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// What one email says, before it is rendered: a heading, paragraphs, an optional list of links (papers, items)
/// and one main action. <see cref="EmailComposer"/> renders it as HTML and plain text with the board's name.
/// </summary>
public sealed record EmailDraft(
    EmailKind Kind,
    string ToAddress,
    string ToName,
    string Subject,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    EmailLink? Action = null)
{
    public BoardId? BoardId { get; init; }

    public string? BoardName { get; init; }

    /// <summary>The board's page, linked beside its name.</summary>
    public string? BoardPath { get; init; }

    public PersonId? RecipientId { get; init; }

    /// <summary>This draft as one of <paramref name="board"/>'s emails to one of its members, linking the board's page.</summary>
    public EmailDraft ToMemberOf(Board board, PersonId recipient) =>
        this with { BoardId = board.Id, BoardName = board.Name, BoardPath = $"/boards/{board.Slug}", RecipientId = recipient };

    public string? ListHeading { get; init; }

    public IReadOnlyList<EmailLink> List { get; init; } = [];

    /// <summary>Makes the message queue once only (see <see cref="Data.OutboxMessage.DedupeKey"/>).</summary>
    public string? DedupeKey { get; init; }

    /// <summary>
    /// The meeting this email invites to, updates or cancels: attached as an iCalendar scheduling message
    /// (RFC 5546 REQUEST, or CANCEL for a cancelled meeting) addressed to the recipient, with the feed's UID.
    /// </summary>
    public Publishing.Calendar.CalendarMeeting? Invite { get; init; }

    /// <summary>
    /// For a recipient without an account (a forum subscriber): the unsubscribe page and the RFC 8058 one-click
    /// address, relative to the app, carrying their own signed token.
    /// </summary>
    public (string Page, string OneClick)? PublicUnsubscribe { get; init; }

    /// <summary>A closing line in small print, e.g. why the person got the message.</summary>
    public string? Footnote { get; init; }
}
