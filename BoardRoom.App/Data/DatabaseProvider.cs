using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.App.Data;

/// <summary>
/// Everything that depends on the database engine, in one place (docs/decisions/004): which EF provider, what the
/// engine needs once a database is opened, and how it reports a violated unique index, which the op log and other
/// optimistic writers read as "someone else got there first". SQLite is the only engine today; another engine is a
/// branch here and its own migrations, not edits across the features.
/// </summary>
public static class DatabaseProvider
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) => options.UseSqlite(connectionString);

    /// <summary>Engine settings that belong to the database itself, applied after migrating.</summary>
    public static async Task PrepareAsync(BoardRoomDbContext db, CancellationToken cancellationToken)
    {
        // WAL lets readers (pages) proceed while a writer (the minutes op log) commits; it is a property of the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (thrown by a raw command, or a <see cref="DbUpdateException"/> around it) is a
    /// violated unique index or primary key: a lost race, not a bug. Any other constraint is a bug and is not matched.
    /// </summary>
    public static bool IsUniqueViolation(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception)
            is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };
}
