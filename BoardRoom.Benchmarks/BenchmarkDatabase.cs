using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Benchmarks;

/// <summary>Reads a <see cref="AppProcess"/>'s SQLite file (<c>boardroom.db</c> in its data folder) beside the running app.</summary>
public static class BenchmarkDatabase
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "boardroom.db");

    public static BoardRoomDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<BoardRoomDbContext>().UseSqlite($"Data Source={databasePath}").Options);

    /// <summary>The first open agenda item of the demo board's upcoming meeting (its minutes section).</summary>
    public static async Task<Guid> UpcomingSectionAsync(string databasePath)
    {
        await using var db = Open(databasePath);
        var board = await db.Boards.SingleAsync(b => b.Slug == DemoSeeder.RareDiseasesSlug);
        var meetings = await db.Meetings.Where(m => m.BoardId == board.Id).Include(m => m.AgendaItems).ToListAsync();
        var upcoming = meetings.MaxBy(m => m.StartsAt)!;
        return upcoming.AgendaItems.Where(i => !i.IsReserved).OrderBy(i => i.Position).First().Id.Value;
    }
}
