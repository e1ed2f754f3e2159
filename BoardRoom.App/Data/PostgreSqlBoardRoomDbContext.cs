using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BoardRoom.App.Data;

/// <summary>
/// <see cref="BoardRoomDbContext"/> on PostgreSQL: the same model, a distinct type only so that EF Core finds the
/// PostgreSQL migrations (Data/Migrations/PostgreSql) for it and the SQLite ones for the base type (docs/decisions/004).
/// <see cref="DatabaseProvider"/> hands it out; nothing else names it.
/// </summary>
public sealed class PostgreSqlBoardRoomDbContext(DbContextOptions<PostgreSqlBoardRoomDbContext> options) : BoardRoomDbContext(options);

/// <summary>
/// For <c>dotnet ef migrations add ... --context PostgreSqlBoardRoomDbContext</c> and <c>has-pending-model-changes</c>,
/// which build the model without connecting: the connection string is never opened.
/// </summary>
internal sealed class PostgreSqlBoardRoomDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlBoardRoomDbContext>
{
    public PostgreSqlBoardRoomDbContext CreateDbContext(string[] args) =>
        (PostgreSqlBoardRoomDbContext)DatabaseProvider.Open(new DatabaseConnection(DatabaseEngine.PostgreSql, "Host=localhost;Database=boardroom;Username=boardroom"));
}

/// <summary>
/// The same for <c>--context BoardRoomDbContext</c> (SQLite). Without it the tools would take the factory above for the
/// base type too, since its context is a <see cref="BoardRoomDbContext"/>, and write PostgreSQL migrations into the
/// SQLite folder.
/// </summary>
internal sealed class SqliteBoardRoomDbContextDesignTimeFactory : IDesignTimeDbContextFactory<BoardRoomDbContext>
{
    public BoardRoomDbContext CreateDbContext(string[] args) =>
        DatabaseProvider.Open(new DatabaseConnection(DatabaseEngine.Sqlite, "Data Source=design-time.db"));
}
