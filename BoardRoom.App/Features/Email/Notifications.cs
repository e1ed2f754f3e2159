using BoardRoom.App.Data;
using BoardRoom.App.Features.Calendar;
using BoardRoom.App.Features.Forum;
using BoardRoom.Core.Actions;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The emails a board's work causes. Each method adds outbox rows to the caller's context, before the caller's
/// SaveChanges, so the email exists exactly when the change does. Reserved business only reaches people whose seat
/// may read it: an observer's agenda email lists public items and papers only.
/// </summary>
public sealed class Notifications(EmailComposer composer, PublicLinks links, ForumSubscriptions? subscribers = null)
{
    /// <summary>A new member's invitation link (a credential: always sent, no unsubscribe).</summary>
    public async Task InvitationAsync(BoardRoomDbContext db, Board board, Person person, string link, TimeSpan lifetime)
    {
        await composer.QueueAsync(db, new EmailDraft(
            EmailKind.BoardInvitation, person.Email, person.FullName, $"You are invited to {board.Name} on BoardRoom", $"Join {board.Name}",
            [
                $"The secretariat of {board.Name} has added you as a member on BoardRoom, where the board keeps its agendas, papers, minutes, decisions and actions.",
                $"Choose a password to sign in. The link works once, for {lifetime.TotalDays:0} days.",
            ],
            new EmailLink("Choose your password", link))
        {
            BoardId = board.Id,
            BoardName = board.Name,
            RecipientId = person.Id,
            Footnote = "If you were not expecting this, ignore this email or tell the board's secretariat.",
        });
    }

    /// <summary>A seat offered to someone who already has an account: they accept on their home page.</summary>
    public async Task SeatOfferedAsync(BoardRoomDbContext db, Board board, Person person)
    {
        await composer.QueueAsync(db, new EmailDraft(
            EmailKind.SeatOffer, person.Email, person.FullName, $"{board.Name} has invited you to join", $"A seat on {board.Name}",
            [
                $"The secretariat of {board.Name} has invited you to join the board. Sign in to BoardRoom as yourself to accept or decline on your home page.",
            ],
            new EmailLink("Open BoardRoom", "/"))
        {
            BoardId = board.Id,
            BoardName = board.Name,
            RecipientId = person.Id,
        });
    }

    /// <summary>The agenda is approved: every member gets it, with the items and papers their seat may read.</summary>
    public async Task AgendaIssuedAsync(BoardRoomDbContext db, Board board, Meeting meeting)
    {
        var papers = await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).ToListAsync();
        var items = meeting.AgendaItems.OrderBy(i => i.Position).ToList();
        var invite = await InviteAsync(db, board, meeting);
        foreach (var (seat, person) in await RecipientsAsync(db, board, s => s.Can(BoardCapability.View)))
        {
            var reserved = seat.Can(BoardCapability.ViewReservedBusiness);
            var visible = items.Where(i => reserved || !i.IsReserved).ToList();
            var visibleIds = visible.Select(i => i.Id).ToHashSet();
            var list = papers.Where(p => visibleIds.Contains(p.AgendaItemId))
                .OrderBy(p => visible.FindIndex(i => i.Id == p.AgendaItemId)).ThenBy(p => p.FileName)
                .Select(p => new EmailLink(p.FileName, $"/papers/{p.Id}", visible.First(i => i.Id == p.AgendaItemId).Title))
                .ToList();
            var itemLine = "The agenda: " + string.Join("; ", visible.Select((i, n) => $"{n + 1}. {i.Title}")) + ".";
            await composer.QueueAsync(db, new EmailDraft(
                EmailKind.AgendaIssued, person.Email, person.FullName, $"Agenda issued: {MeetingName(meeting)}", $"The agenda for {MeetingName(meeting)} is out",
                [$"{meeting.Title} meets on {When(meeting.StartsAt)}.", itemLine],
                new EmailLink("Open the meeting", $"/meetings/{meeting.Id}"))
            {
                ListHeading = list.Count > 0 ? "Papers" : null,
                List = list,
                Invite = invite,
            }.ToMemberOf(board, person.Id));
        }
    }

    /// <summary>Draft minutes circulated: those who may comment (not observers, since the draft holds reserved business).</summary>
    public async Task MinutesCirculatedAsync(BoardRoomDbContext db, Board board, Meeting meeting)
    {
        foreach (var (_, person) in await RecipientsAsync(db, board, s => s.Can(BoardCapability.EditMinutes)))
        {
            await composer.QueueAsync(db, new EmailDraft(
                EmailKind.MinutesForReview, person.Email, person.FullName, $"Minutes for review: {MeetingName(meeting)}", "Draft minutes are ready for your review",
                [$"The draft minutes of {MeetingName(meeting)} have been circulated for review. Read them and leave any comments in BoardRoom."],
                new EmailLink("Review the minutes", $"/meetings/{meeting.Id}/publication")).ToMemberOf(board, person.Id));
        }
    }

    /// <summary>Approved minutes await the signature of each co-chair of the meeting.</summary>
    public async Task SignatureRequestedAsync(BoardRoomDbContext db, Board board, Meeting meeting)
    {
        var coChairs = board.CoChairsOf(meeting).Select(c => c.Id).ToHashSet();
        foreach (var (_, person) in await RecipientsAsync(db, board, s => coChairs.Contains(s.Id)))
        {
            await composer.QueueAsync(db, new EmailDraft(
                EmailKind.SignatureRequested, person.Email, person.FullName, $"Your signature is requested: {MeetingName(meeting)}", "Minutes await your signature",
                [$"The minutes of {MeetingName(meeting)} are approved. As a co-chair of that meeting, please read the record and sign it as a true record."],
                new EmailLink("Read and sign the minutes", $"/meetings/{meeting.Id}/publication")).ToMemberOf(board, person.Id));
        }
    }

    /// <summary>
    /// A meeting moved, changed (place or length) or cancelled: every member hears of it, with the calendar update (the new time as a REQUEST
    /// with a higher SEQUENCE, or a CANCEL), so the entry the agenda email put in their calendar follows.
    /// </summary>
    public async Task MeetingChangedAsync(BoardRoomDbContext db, Board board, Meeting meeting, string reason, bool moved = true)
    {
        var invite = await InviteAsync(db, board, meeting);
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var subject = cancelled ? $"Cancelled: {MeetingName(meeting)}"
            : moved ? $"Moved: {meeting.Title} is now on {MeetingTimeText.Day(meeting.StartsAt)}"
            : $"Changed: {MeetingName(meeting)}";
        var heading = cancelled ? $"{meeting.Title} is cancelled" : moved ? $"{meeting.Title} has moved" : $"{meeting.Title} has changed";
        var paragraphs = new List<string>
        {
            cancelled
                ? $"{meeting.Title}, which was to meet on {When(meeting.StartsAt)}, is cancelled."
                : $"{meeting.Title} now meets on {When(meeting.StartsAt)}, until {MeetingTimeText.Time(meeting.EndsAt)}"
                    + (string.IsNullOrWhiteSpace(meeting.Venue) ? "." : $", at {meeting.Venue.Trim()}."),
        };
        if (!string.IsNullOrWhiteSpace(reason))
        {
            paragraphs.Add($"The secretariat's note: {reason.Trim()}");
        }
        paragraphs.Add(cancelled ? "The attached calendar update removes it from your calendar." : "The attached calendar update changes it in your calendar.");
        foreach (var (_, person) in await RecipientsAsync(db, board, s => s.Can(BoardCapability.View)))
        {
            var draft = new EmailDraft(EmailKind.MeetingChanged, person.Email, person.FullName, subject, heading, paragraphs,
                new EmailLink("Open the meeting", $"/meetings/{meeting.Id}"));
            await composer.QueueAsync(db, (draft with { Invite = invite }).ToMemberOf(board, person.Id));
        }
    }

    /// <summary>
    /// The co-chairs a re-plan affects: one email each, listing the meetings they now co-chair and those they no
    /// longer do. Meetings in <paramref name="db"/>'s unsaved work count as they now stand.
    /// </summary>
    public async Task RotationChangedAsync(BoardRoomDbContext db, Board board, IReadOnlyList<RotationChange> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }
        var ids = changes.Select(c => c.MeetingId).Distinct().ToList();
        var meetings = await db.Meetings.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
        var seats = board.Members.ToDictionary(m => m.Id);
        var gained = new Dictionary<MembershipId, List<Meeting>>();
        var lost = new Dictionary<MembershipId, List<Meeting>>();
        foreach (var change in changes.Where(c => c.From != c.To && meetings.ContainsKey(c.MeetingId)))
        {
            var meeting = meetings[change.MeetingId];
            if (change.To is { } to)
            {
                (gained.TryGetValue(to, out var list) ? list : gained[to] = []).Add(meeting);
            }
            if (change.From is { } from)
            {
                (lost.TryGetValue(from, out var list) ? list : lost[from] = []).Add(meeting);
            }
        }
        var affected = gained.Keys.Concat(lost.Keys).ToHashSet();
        var reason = changes[0].Reason;
        foreach (var (seat, person) in await RecipientsAsync(db, board, s => affected.Contains(s.Id)))
        {
            var items = gained.GetValueOrDefault(seat.Id, []).OrderBy(m => m.StartsAt)
                .Select(m => new EmailLink($"{m.Title}, {MeetingTimeText.DayAndTime(m.StartsAt)}", $"/meetings/{m.Id}", "You now co-chair"))
                .Concat(lost.GetValueOrDefault(seat.Id, []).OrderBy(m => m.StartsAt)
                    .Select(m => new EmailLink($"{m.Title}, {MeetingTimeText.DayAndTime(m.StartsAt)}", $"/meetings/{m.Id}", "You no longer co-chair")))
                .ToList();
            var paragraphs = new List<string> { $"The co-chair rotation of {board.Name} has changed for you." };
            if (!string.IsNullOrWhiteSpace(reason))
            {
                paragraphs.Add($"Why: {reason.Trim()}.");
            }
            await composer.QueueAsync(db, new EmailDraft(EmailKind.RotationChanged, person.Email, person.FullName,
                $"Co-chair rotation changed: {board.Name}", "Your co-chair meetings have changed", paragraphs,
                new EmailLink("See the rotation", $"/boards/{board.Slug}/rotation"))
            {
                ListHeading = "Meetings",
                List = items,
            }.ToMemberOf(board, person.Id));
        }
    }

    /// <summary>Minutes published: every member is told where the public record is (reserved business is not in it).</summary>
    public async Task MinutesPublishedAsync(BoardRoomDbContext db, Board board, Meeting meeting, int version)
    {
        var path = ForumDirectory.MinutesPath(board.Slug, meeting.Number, version);
        var first = version == 1;
        foreach (var (_, person) in await RecipientsAsync(db, board, s => s.Can(BoardCapability.View)))
        {
            await composer.QueueAsync(db, new EmailDraft(EmailKind.MinutesPublished, person.Email, person.FullName,
                first ? $"Minutes published: {MeetingName(meeting)}" : $"Corrected minutes published: {MeetingName(meeting)} (version {version})",
                first ? "The minutes are published" : "A correction to the minutes is published",
                [first
                    ? $"The signed minutes of {MeetingName(meeting)} are now public on {board.Name}'s forum page, as accessible HTML and PDF. Reserved business is not in the public record."
                    : $"Version {version} of the minutes of {MeetingName(meeting)} is now public on {board.Name}'s forum page; the earlier version stays readable beside it."],
                new EmailLink("Read the published minutes", path)).ToMemberOf(board, person.Id));
        }
        if (subscribers is null)
        {
            return;
        }
        foreach (var (email, unsubscribe) in await subscribers.ActiveAsync(db, board.Id))
        {
            await composer.QueueAsync(db, new EmailDraft(EmailKind.MinutesPublished, email, email,
                first ? $"Minutes published: {MeetingName(meeting)}" : $"Corrected minutes published: {MeetingName(meeting)} (version {version})",
                $"{board.Name} has published minutes",
                [first
                    ? $"The minutes of {MeetingName(meeting)} are now published on {board.Name}'s forum page, as accessible HTML and PDF."
                    : $"Version {version} of the minutes of {MeetingName(meeting)} is now published on {board.Name}'s forum page; the earlier version stays readable beside it."],
                new EmailLink("Read the minutes", path))
            {
                // Not on the board's outbox page: a subscriber's address and unsubscribe link are theirs alone.
                BoardName = board.Name,
                BoardPath = $"/forum/{board.Slug}",
                PublicUnsubscribe = unsubscribe,
                Footnote = $"You get this because you asked to follow {board.Name}'s minutes on the BoardRoom forum.",
            });
        }
    }

    /// <summary>
    /// An action given to a member who owns it. An owner whose seat may not read reserved business is told that an
    /// action is theirs, not what it says, when it was agreed on a reserved item.
    /// </summary>
    public async Task ActionAssignedAsync(BoardRoomDbContext db, Board board, ActionItem action, string itemTitle, bool onReservedItem)
    {
        if (action.OwnerPersonId is not { } owner)
        {
            return;
        }
        foreach (var (seat, person) in await RecipientsAsync(db, board, s => s.PersonId == owner && s.Can(BoardCapability.View)))
        {
            var mayRead = !onReservedItem || seat.Can(BoardCapability.ViewReservedBusiness);
            var paragraphs = mayRead
                ? new List<string>
                {
                    $"Action {action.Reference} on \"{itemTitle}\" is yours: {action.Description}",
                    $"Measure of success: {action.Measure}",
                    $"Due on {action.DueOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}.",
                }
                : [$"Action {action.Reference} is yours. Sign in to BoardRoom to read it."];
            await composer.QueueAsync(db, new EmailDraft(EmailKind.ActionAssigned, person.Email, person.FullName,
                $"Action {action.Reference} assigned to you", "An action is assigned to you", paragraphs,
                new EmailLink("Open the action register", "/actions")).ToMemberOf(board, person.Id));
        }
    }

    private async Task<Publishing.Calendar.CalendarMeeting> InviteAsync(BoardRoomDbContext db, Board board, Meeting meeting) =>
        (await CalendarMeetings.BuildAsync(db, [meeting], new Dictionary<BoardId, Board> { [board.Id] = board }, links.BaseUri))[0];

    private static async Task<IReadOnlyList<(Membership Seat, Person Person)>> RecipientsAsync(BoardRoomDbContext db, Board board, Func<Membership, bool> include)
    {
        var seats = board.Members.Where(m => m.IsActive && include(m)).ToList();
        var ids = seats.Select(s => s.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        return seats.Where(s => people.ContainsKey(s.PersonId) && !string.IsNullOrWhiteSpace(people[s.PersonId].Email))
            .Select(s => (s, people[s.PersonId])).ToList();
    }

    private static string MeetingName(Meeting meeting) => $"{meeting.Title} on {MeetingTimeText.Day(meeting.StartsAt)}";

    private static string When(DateTimeOffset at) => MeetingTimeText.DayAndTime(at);
}
