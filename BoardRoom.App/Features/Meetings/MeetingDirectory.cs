using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Meetings;

/// <summary>Meetings of the boards the current person sits on. Every query is scoped to those boards.</summary>
public sealed class MeetingDirectory(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, TimeProvider clock)
{
    public async Task<IReadOnlyList<MeetingSummary>> UpcomingAsync(int take = 20)
    {
        var now = clock.GetUtcNow();
        return await ListAsync(q => q.Where(m => m.StartsAt >= now.AddHours(-12) && m.Status != MeetingStatus.Cancelled && m.Status != MeetingStatus.Closed)
            .OrderBy(m => m.StartsAt).Take(take));
    }

    public async Task<IReadOnlyList<MeetingSummary>> PastAsync(int take = 20)
    {
        var now = clock.GetUtcNow();
        return await ListAsync(q => q.Where(m => m.StartsAt < now || m.Status == MeetingStatus.Closed)
            .OrderByDescending(m => m.StartsAt).Take(take));
    }

    public async Task<Access<MeetingDetails>> GetAsync(string? meetingId)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        BoardScope scope;
        try
        {
            scope = await BoardAccess.ForMeetingAsync(db, personId, meetingId, BoardRight.View, q => q.Include(m => m.AgendaItems));
        }
        catch (AccessDeniedException refused)
        {
            return Access<MeetingDetails>.Denied(refused);
        }
        var (meeting, membership) = (scope.RequiredMeeting, scope.Seat);

        var summary = (await SummariseAsync(db, [meeting])).Single();
        var mayReadReserved = membership.Can(BoardCapability.ViewReservedBusiness);
        var carriedFrom = await Agendas.CarriedForwardLabels.ForAsync(db, meeting);
        // Papers follow their item: an item the person may not see brings none of its papers.
        var papers = (await db.AgendaPapers.AsNoTracking().Where(p => p.MeetingId == meeting.Id).ToListAsync())
            .OrderBy(p => p.UploadedAt).ToLookup(p => p.AgendaItemId, p => new Agendas.PaperLine(p.Id, p.FileName, p.Length, p.ContentType));
        var agenda = meeting.ItemStartTimes()
            .Where(x => mayReadReserved || !x.Item.IsReserved)
            .Select(x => new AgendaLine(x.Item.Id, x.Item.Position, x.Item.Title, x.Item.Purpose, x.Item.Presenter,
                x.Item.MinutesAllotted, x.StartsAt, x.Item.Description, x.Item.IsReserved, x.Item.IsStanding, carriedFrom.GetValueOrDefault(x.Item.Id),
                papers[x.Item.Id].ToList()))
            .ToList();
        var hidden = meeting.AgendaItems.Count - agenda.Count;
        var members = await (from m in db.Memberships.AsNoTracking()
                             join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                             where m.BoardId == meeting.BoardId && m.LeftOn == null
                             orderby p.FullName
                             select new { p.Id, p.FullName }).ToListAsync();
        var current = meeting.Status == MeetingStatus.InProgress && agenda.Any(a => a.Id == meeting.CurrentItemId) ? meeting.CurrentItemId : null;
        var details = new MeetingDetails(summary, meeting.OnlineLink, agenda,
            meeting.MinutesPlanned, (int)meeting.Length.TotalMinutes, hidden, current,
            members.Select(m => new MemberOption(m.Id.ToString(), m.FullName)).ToList());
        return Access<MeetingDetails>.Allowed(details with { ReadsReserved = mayReadReserved });
    }

    private async Task<IReadOnlyList<MeetingSummary>> ListAsync(Func<IQueryable<Meeting>, IQueryable<Meeting>> shape)
    {
        var personId = await currentPerson.IdAsync();
        if (personId is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var myBoards = db.Memberships.Where(m => m.PersonId == personId.Value && m.LeftOn == null).Select(m => m.BoardId);
        var meetings = await shape(db.Meetings.AsNoTracking().Where(m => myBoards.Contains(m.BoardId))).ToListAsync();
        return await SummariseAsync(db, meetings);
    }

    private static async Task<IReadOnlyList<MeetingSummary>> SummariseAsync(BoardRoomDbContext db, IReadOnlyList<Meeting> meetings)
    {
        if (meetings.Count == 0)
        {
            return [];
        }
        var boardIds = meetings.Select(m => m.BoardId).Distinct().ToList();
        var seriesIds = meetings.Where(m => m.SeriesId != null).Select(m => m.SeriesId!.Value).Distinct().ToList();
        var boards = await db.Boards.AsNoTracking().Where(b => boardIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Name, b.Slug }).ToDictionaryAsync(b => b.Id);
        var series = await db.MeetingSeries.AsNoTracking().Where(s => seriesIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.TimeZoneId }).ToDictionaryAsync(s => s.Id);
        var coChairs = await (from m in db.Memberships.AsNoTracking()
                              join p in db.People.AsNoTracking() on m.PersonId equals p.Id
                              where boardIds.Contains(m.BoardId) && m.Role == BoardRole.CoChair
                              select new { m.Id, m.BoardId, m.IsPermanentCoChair, m.Nation, m.LeftOn, p.FullName }).ToListAsync();

        return meetings.Select(m =>
        {
            var names = new List<string>();
            var permanent = coChairs.FirstOrDefault(c => c.BoardId == m.BoardId && c.IsPermanentCoChair && c.LeftOn == null);
            if (permanent is not null)
            {
                names.Add(permanent.FullName);
            }
            var rotating = coChairs.FirstOrDefault(c => c.Id == m.RotatingCoChairId);
            if (rotating is not null)
            {
                names.Add(rotating.Nation is { } n ? $"{rotating.FullName} ({n.Display()})" : rotating.FullName);
            }
            var board = boards[m.BoardId];
            var ofSeries = m.SeriesId is { } sid ? series.GetValueOrDefault(sid) : null;
            return new MeetingSummary(m.Id, board.Name, board.Slug, ofSeries?.Name ?? string.Empty,
                m.Number, m.Title, m.StartsAt, m.EndsAt, m.Venue, m.Status, m.AgendaStatus, names,
                MeetingTimeText.Occasion(m, ofSeries?.TimeZoneId ?? MeetingSeries.DefaultTimeZone), m.StartedAt);
        }).ToList();
    }
}
