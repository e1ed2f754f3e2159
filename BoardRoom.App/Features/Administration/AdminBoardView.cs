using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Agendas;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Administration;

/// <summary>
/// The board's administration page as its secretariat sees it: members and pending invitations, series with their skip
/// dates and standing items, meetings with their co-chairs, and the board's rules. The commands are the panels'
/// services: <see cref="BoardRules"/>, <see cref="BoardMembers"/>, <see cref="SeriesAdministration"/> and
/// <see cref="MeetingScheduling"/>.
/// </summary>
public sealed class AdminBoardView(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson)
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
