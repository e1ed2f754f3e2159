using System.Globalization;
using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.App.Features.Calendar;
using BoardRoom.App.Features.Email;
using BoardRoom.App.Features.Minutes;
using BoardRoom.App.Features.Rotation;
using BoardRoom.Core.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Common;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using BoardRoom.Core.Rotation;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The board's administration page and the secretariat's commands moving and cancelling meetings (the board's rules
/// are in <see cref="BoardRules"/>, its members in <see cref="BoardMembers"/>, its series in
/// <see cref="SeriesAdministration"/>). Every command checks the caller on the server, re-plans the co-chair rotation when the
/// calendar or the rotating co-chairs change, and saves nothing when it refuses.
/// </summary>
public sealed class BoardAdministration(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock,
    Replanning replanning)
{
    public async Task<Access<AdminBoard>> GetAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        Board board;
        try
        {
            board = (await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.Administer, tracked: true)).Board;
        }
        catch (AccessDeniedException refused)
        {
            return Access<AdminBoard>.Denied(refused);
        }

        var personIds = board.Members.Select(m => m.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var withLogin = await MemberInvitations.WithLoginAsync(db, personIds);
        var members = board.Members.Where(m => m.IsActive)
            .OrderBy(m => m.IsPermanentCoChair ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.Nation).ThenBy(m => people[m.PersonId].FullName)
            .Select(m => new AdminMember(m.Id, people[m.PersonId].FullName, people[m.PersonId].Email, m.Role, m.Nation, m.Title, m.Organisation,
                m.IsPermanentCoChair, withLogin.Contains(m.PersonId)))
            .ToList();

        var invited = await db.MembershipInvitations.AsNoTracking()
            .Where(i => i.BoardId == board.Id && i.Status == MembershipInvitationStatus.Pending)
            .OrderBy(i => i.NameAsInvited)
            .Select(i => new AdminInvitation(i.Id, i.NameAsInvited, i.Email, i.Role, i.Nation, i.Organisation))
            .ToListAsync();

        var series = await db.MeetingSeries.AsNoTracking().Where(s => s.BoardId == board.Id).ToListAsync();
        var seriesIds = series.Select(s => s.Id).ToList();
        var skips = await db.SeriesSkipDates.AsNoTracking().Where(s => seriesIds.Contains(s.SeriesId)).ToListAsync();
        var seriesLines = new List<AdminSeries>();
        foreach (var s in series.OrderBy(s => s.Name))
        {
            seriesLines.Add(new AdminSeries(s.Id, s.Name, s.Cadence.Describe(), s.FirstMeetingOn,
                (int)s.DefaultLength.TotalMinutes, s.Venue, s.OnlineLink,
                skips.Where(x => x.SeriesId == s.Id).OrderBy(x => x.Date).Select(x => new AdminSkipDate(x.Date, x.Reason)).ToList(),
                await StandingTemplates.ForSeriesAsync(db, s.Id)));
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardId == board.Id).OrderBy(m => m.StartsAt).ToListAsync();
        var names = series.ToDictionary(s => s.Id, s => s.Name);
        var meetingLines = meetings.Select(m => new AdminMeeting(m.Id, m.Number, m.Title,
            m.SeriesId is { } sid && names.TryGetValue(sid, out var n) ? n : string.Empty,
            m.StartsAt, m.EndsAt, m.Status, m.AgendaStatus, CoChairName(board, people, m.RotatingCoChairId))).ToList();
        return Access<AdminBoard>.Allowed(new AdminBoard(board.Id, board.Name, board.Slug, members, seriesLines, meetingLines,
            board.QuorumRule.MinimumMembers, board.QuorumRule.RequiresCoChair, board.ShowReservedBusinessLine, board.RotationOrder)
        {
            Invitations = invited,
            RequiresTwoFactorForOfficers = board.RequiresTwoFactorForOfficers,
            AllowsInquorateDecisions = board.AllowsInquorateDecisions,
            ActionReminderDays = board.ActionReminderDays,
            AgendaNeedsBothCoChairs = board.AgendaNeedsBothCoChairs,
        });
    }

    /// <summary>Moves a meeting to a new date and London times; the rotation of the meetings after it is re-planned.</summary>
    public async Task MoveMeetingAsync(string? slug, MeetingId meetingId, MoveMeetingForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.End <= form.Start)
        {
            throw new DomainRuleException($"The meeting must end after it starts ({form.Start:HH\\:mm} to {form.End:HH\\:mm}).");
        }
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var meeting = await MeetingAsync(db, board, meetingId);
            var now = clock.GetUtcNow();
            var startsAt = LondonTime.ToUtc(form.Date, form.Start);
            if (startsAt <= now)
            {
                throw new DomainRuleException("A meeting cannot be moved into the past.");
            }
            if (RotationMeeting.From(meeting).IsFixedAt(now))
            {
                throw new DomainRuleException($"{meeting.Title} has started or been held; it cannot be moved.");
            }
            meeting.Reschedule(startsAt, form.End - form.Start);
            var why = string.IsNullOrWhiteSpace(form.Reason) ? $"{meeting.Title} moved to {Display(form.Date)}" : Require.Text(form.Reason, "Reason", 500);
            await SaveWithReplanAsync(db, board, why, by, [meeting.Id], new Replanning.Announcement(meeting, form.Reason ?? string.Empty));
        }
    }

    public async Task CancelMeetingAsync(string? slug, MeetingId meetingId, string reason)
    {
        var why = Require.Text(reason, "The reason for cancelling", 500);
        var (db, board, by) = await OpenAsync(slug);
        await using (db)
        {
            var meeting = await MeetingAsync(db, board, meetingId);
            meeting.Cancel();
            await SaveWithReplanAsync(db, board, $"{meeting.Title} cancelled: {why}", by, [meeting.Id], new Replanning.Announcement(meeting, why));
        }
    }

    private async Task<(BoardRoomDbContext Db, Board Board, PersonId By)> OpenAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        var db = await dbFactory.CreateDbContextAsync();
        try
        {
            return (db, await BoardGate.ForAdministrationAsync(db, slug, personId), personId);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private async Task ReplanAndSaveAsync(BoardRoomDbContext db, Board board, string reason, PersonId by) =>
        await SaveWithReplanAsync(db, board, reason, by, []);

    private Task SaveWithReplanAsync(BoardRoomDbContext db, Board board, string reason, PersonId by, IReadOnlyList<MeetingId> touched,
        params IReadOnlyList<Replanning.Announcement> announce) =>
        replanning.SaveAsync(db, board, reason, by, touched, announce);

    private static async Task<Meeting> MeetingAsync(BoardRoomDbContext db, Board board, MeetingId id) =>
        await db.Meetings.FirstOrDefaultAsync(m => m.Id == id && m.BoardId == board.Id)
        ?? throw new DomainRuleException("That meeting is not one of this board's.");

    private static string Display(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string CoChairName(Board board, IReadOnlyDictionary<PersonId, Person> people, MembershipId? id)
    {
        var m = board.Members.FirstOrDefault(x => x.Id == id);
        if (m is null || !people.TryGetValue(m.PersonId, out var p))
        {
            return string.Empty;
        }
        return m.Nation is { } n ? $"{p.FullName} ({n.Display()})" : p.FullName;
    }
}
