using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Features.Registers;

/// <summary>
/// Decisions and actions are numbered per board and year. The next number is read, then saved under a unique index;
/// if two people record at the same moment, the loser reads again (in a fresh context) and takes the next one.
/// </summary>
internal static class RegisterNumbering
{
    private const int Attempts = 6;

    /// <param name="prepare">Reads the next number, adds the new entry to the context and returns its reference.</param>
    public static async Task<string> SaveWithNextNumberAsync(IDbContextFactory<BoardRoomDbContext> dbFactory, Func<BoardRoomDbContext, Task<string>> prepare)
    {
        for (var i = 1; ; i++)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var reference = await prepare(db);
            try
            {
                await db.SaveChangesAsync();
                return reference;
            }
            catch (DbUpdateException) when (i < Attempts)
            {
                // Someone took that number: try again with a fresh read.
            }
        }
    }
}
