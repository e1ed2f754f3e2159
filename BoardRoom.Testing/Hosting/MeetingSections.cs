using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Testing.Hosting;

/// <summary>The minutes sections of a seeded board's meeting, read from the app's database as an operator would.</summary>
public static class MeetingSections
{
    /// <summary>
    /// Section ids (= agenda item ids) of the board's upcoming meeting (or, not <paramref name="upcoming"/>, its earliest),
    /// in agenda order; reserved ones last.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, string Title, bool Reserved)>> ReadAsync(BoardRoomDbContext db, string boardSlug, bool upcoming = true)
    {
        var board = await db.Boards.SingleAsync(b => b.Slug == boardSlug);
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync();
        var meeting = upcoming ? meetings.MaxBy(m => m.StartsAt)! : meetings.MinBy(m => m.StartsAt)!;
        return meeting.AgendaItems.OrderBy(i => i.IsReserved).ThenBy(i => i.Position).Select(i => (i.Id.Value, i.Title, i.IsReserved)).ToList();
    }
}
