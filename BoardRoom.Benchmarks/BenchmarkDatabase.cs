using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Benchmarks;

/// <summary>Reads an <see cref="AppProcess"/>'s SQLite file (<c>boardroom.db</c> in its data folder) beside the running app.</summary>
public static class BenchmarkDatabase
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "boardroom.db");

    public static BoardRoomDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<BoardRoomDbContext>().UseSqlite($"Data Source={databasePath}").Options);

    /// <summary>The first open agenda item of the demo board's upcoming meeting (its minutes section).</summary>
    public static async Task<Guid> UpcomingSectionAsync(string databasePath)
    {
        await using var db = Open(databasePath);
        return (await MeetingSections.ReadAsync(db, DemoSeeder.RareDiseasesSlug)).First(s => !s.Reserved).Id;
    }
}
