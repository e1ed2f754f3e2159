using BoardRoom.App.Data;
using BoardRoom.App.Features.Access;
using BoardRoom.App.Features.Meetings;
using BoardRoom.Core.Boards;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Boards;

/// <summary>The boards the current person sits on. A board they do not sit on is forbidden, not merely hidden.</summary>
public sealed class BoardDirectory(IDbContextFactory<BoardRoomDbContext> dbFactory, CurrentPerson currentPerson, MeetingDirectory meetings)
{
    public async Task<IReadOnlyList<BoardSummary>> MineAsync()
    {
        var personId = await currentPerson.IdAsync();
        if (personId is null)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        return await (from m in db.Memberships
                      join b in db.Boards on m.BoardId equals b.Id
                      where m.PersonId == personId.Value && m.LeftOn == null
                      orderby b.Name
                      select new BoardSummary(b.Id, b.Name, b.Slug, b.Description, m.Role,
                          db.Memberships.Count(x => x.BoardId == b.Id && x.LeftOn == null)))
            .AsNoTracking().ToListAsync();
    }

    public async Task<Access<BoardDetails>> GetAsync(string? slug)
    {
        var personId = await currentPerson.RequiredIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        BoardScope scope;
        try
        {
            scope = await BoardAccess.ForBoardAsync(db, personId, slug, BoardRight.View);
        }
        catch (AccessDeniedException refused)
        {
            return Access<BoardDetails>.Denied(refused);
        }
        var (board, mine) = (scope.Board, scope.Seat);

        var personIds = board.Members.Select(m => m.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName);
        var members = board.Members.Where(m => m.IsActive)
            .OrderBy(m => m.IsPermanentCoChair ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.Nation).ThenBy(m => names[m.PersonId])
            .Select(m => new MemberLine(names[m.PersonId], m.Role, m.Nation, m.Title, m.Organisation, m.IsPermanentCoChair))
            .ToList();
        var series = (await db.MeetingSeries.AsNoTracking().Where(s => s.BoardId == board.Id).ToListAsync())
            .Select(s => new SeriesLine(s.Name, s.Cadence.Describe(), s.DefaultLength, s.Venue)).ToList();
        var upcoming = (await meetings.UpcomingAsync(50)).Where(m => m.BoardSlug == board.Slug).Take(5).ToList();
        return Access<BoardDetails>.Allowed(new BoardDetails(board.Id, board.Name, board.Slug, board.Description, mine.Role, members, series, upcoming));
    }
}
