using BoardRoom.App.Data;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.Notifications;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Email;

/// <summary>
/// The emails a board's work causes. Each method adds outbox rows to the caller's context, before the caller's
/// SaveChanges, so the email exists exactly when the change does. Reserved business only reaches people whose seat
/// may read it: an observer's agenda email lists public items and papers only.
/// </summary>
public sealed class Notifications(EmailComposer composer)
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
