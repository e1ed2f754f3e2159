using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.MeetingRun;
using BoardRoom.Core.Boards;
using BoardRoom.Core.Meetings;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Meetings;

/// <summary>Meetings of the boards the current person sits on. Every query is scoped to those boards.</summary>
public sealed class MeetingDirectory(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, MeetingLiveFeed feed, TimeProvider clock)
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

    public async Task<Access<MeetingDetails>> GetAsync(string? meetingId) =>
        MeetingId.TryParse(meetingId, out var id)
            ? await DetailsAsync(await feed.ReadAsync(id))
            : Access<MeetingDetails>.Denied(AccessDeniedException.NotFound($"'{meetingId}' is not a meeting address."));

    /// <summary>The meeting's page as the current person may see it, from a read of it (null: it is gone).</summary>
    public async Task<Access<MeetingDetails>> DetailsAsync(MeetingSnapshot? snapshot)
    {
        var personId = await currentPerson.RequiredIdAsync();
        BoardScope scope;
        try
        {
            scope = BoardAccess.ForLoadedMeeting(personId, snapshot?.Meeting, snapshot?.Board, BoardRight.View);
        }
        catch (AccessDeniedException refused)
        {
            return Access<MeetingDetails>.Denied(refused);
        }
        var (meeting, board) = (snapshot!.Meeting, snapshot.Board);
        var mayReadReserved = scope.ReadsReserved;
        var coChairs = board.Members.Where(m => m.Role == BoardRole.CoChair)
            .Select(m => new CoChairName(m.Id, m.BoardId, m.IsPermanentCoChair, m.Nation, m.LeftOn, snapshot.NameOf(m.PersonId))).ToList();
        var summary = Summarise(meeting, board.Name, board.Slug, snapshot.Series?.Name, snapshot.TimeZoneId, coChairs);
        // Papers follow their item: an item the person may not see brings none of its papers.
        var papers = snapshot.Papers.OrderBy(p => p.UploadedAt)
            .ToLookup(p => p.AgendaItemId, p => new Agendas.PaperLine(p.Id, p.FileName, p.Length, p.ContentType));
        var agenda = meeting.ItemStartTimes()
            .Where(x => mayReadReserved || !x.Item.IsReserved)
            .Select(x => new AgendaLine(x.Item.Id, x.Item.Position, x.Item.Title, x.Item.Purpose, x.Item.Presenter,
                x.Item.MinutesAllotted, x.StartsAt, x.Item.Description, x.Item.IsReserved, x.Item.IsStanding, snapshot.CarriedFrom.GetValueOrDefault(x.Item.Id),
                papers[x.Item.Id].ToList()))
            .ToList();
        var hidden = meeting.AgendaItems.Count - agenda.Count;
        var members = board.Members.Where(m => m.IsActive)
            .Select(m => new MemberOption(m.PersonId.ToString(), snapshot.NameOf(m.PersonId))).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var current = meeting.Status == MeetingStatus.InProgress && agenda.Any(a => a.Id == meeting.CurrentItemId) ? meeting.CurrentItemId : null;
        var details = new MeetingDetails(summary, meeting.OnlineLink, agenda,
            meeting.MinutesPlanned, (int)meeting.Length.TotalMinutes, hidden, current, members);
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
                              select new CoChairName(m.Id, m.BoardId, m.IsPermanentCoChair, m.Nation, m.LeftOn, p.FullName)).ToListAsync();

        return meetings.Select(m =>
        {
            var board = boards[m.BoardId];
            var ofSeries = m.SeriesId is { } sid ? series.GetValueOrDefault(sid) : null;
            return Summarise(m, board.Name, board.Slug, ofSeries?.Name, ofSeries?.TimeZoneId ?? MeetingSeries.DefaultTimeZone, coChairs);
        }).ToList();
    }

    private static MeetingSummary Summarise(Meeting m, string boardName, string boardSlug, string? seriesName, string timeZoneId, IReadOnlyList<CoChairName> coChairs)
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
        return new MeetingSummary(m.Id, boardName, boardSlug, seriesName ?? string.Empty,
            m.Number, m.Title, m.StartsAt, m.EndsAt, m.Venue, m.Status, m.AgendaStatus, names,
            MeetingTimeText.Occasion(m, timeZoneId), m.StartedAt);
    }

    private sealed record CoChairName(MembershipId Id, BoardId BoardId, bool IsPermanentCoChair, Nation? Nation, DateOnly? LeftOn, string FullName);
}
