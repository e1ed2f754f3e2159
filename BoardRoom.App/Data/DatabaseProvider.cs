using BoardRoom.App.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BoardRoom.App.Data;

/// <summary>
/// Everything that depends on the database engine, in one place (docs/decisions/004): which engine the configuration
/// asks for, the EF provider and the context type whose migrations fit it, what the engine needs once a database is
/// opened, and how it reports a violated unique index, which the op log and other optimistic writers read as "someone
/// else got there first". The model is the same on every engine; each engine has its own migrations.
/// </summary>
public static class DatabaseProvider
{
    public const string ConnectionStringName = "BoardRoom";

    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// Each connection has its own cache: with WAL, readers then never wait for a writer nor a writer for readers. SQLite's
    /// shared cache (<c>Cache=Shared</c>) locks whole tables between the connections of a process, and
    /// Microsoft.Data.Sqlite meets a locked table by sleeping 150 ms and retrying, so one page reading a meeting held up a
    /// chair's click or an op-log write. Writers still meet each other: <see cref="SqliteBusyTimeout"/> makes them wait in
    /// SQLite rather than in that 150 ms sleep (docs/benchmarks.md, "A private cache and busy_timeout").
    /// </summary>
    public static string SqliteConnectionString(string dataDirectory) =>
        $"Data Source={Path.Combine(dataDirectory, "boardroom.db")};Foreign Keys=True";

    /// <summary>
    /// <c>BoardRoom:Database:Provider</c> and <c>ConnectionStrings:BoardRoom</c>, read once at start. SQLite defaults to a
    /// file in the data folder; PostgreSQL has no default server, so its connection string is required.
    /// </summary>
    public static DatabaseConnection FromConfiguration(IConfiguration configuration, BoardRoomOptions options, string dataDirectory)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return options.Database.Provider switch
        {
            DatabaseEngine.Sqlite => new(DatabaseEngine.Sqlite, connectionString ?? SqliteConnectionString(dataDirectory)),
            DatabaseEngine.PostgreSql => new(DatabaseEngine.PostgreSql, !string.IsNullOrWhiteSpace(connectionString)
                ? connectionString
                : throw new InvalidOperationException(
                    $"BoardRoom:Database:Provider is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set (e.g. Host=db;Database=boardroom;Username=boardroom;Password=...).")),
            var other => throw Unknown(other),
        };
    }

    /// <summary>
    /// Registers a pooled <see cref="IDbContextFactory{BoardRoomDbContext}"/> on the engine. On PostgreSQL the factory hands
    /// out <see cref="PostgreSqlBoardRoomDbContext"/>, the same model keyed to the PostgreSQL migrations; callers only ever
    /// see <see cref="BoardRoomDbContext"/>.
    /// </summary>
    public static void AddContextFactory(IServiceCollection services, DatabaseConnection database, Action<IServiceProvider, DbContextOptionsBuilder> configure)
    {
        switch (database.Engine)
        {
            case DatabaseEngine.Sqlite:
                services.AddPooledDbContextFactory<BoardRoomDbContext>((sp, o) => configure(sp, Use(o, database)));
                break;
            case DatabaseEngine.PostgreSql:
                services.AddPooledDbContextFactory<PostgreSqlBoardRoomDbContext>((sp, o) => configure(sp, Use(o, database)));
                services.AddSingleton<IDbContextFactory<BoardRoomDbContext>>(sp =>
                    new DerivedContextFactory<PostgreSqlBoardRoomDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlBoardRoomDbContext>>()));
                break;
            default:
                throw Unknown(database.Engine);
        }
    }

    /// <summary>
    /// Identity's schema version (with passkeys, <c>AspNetUserPasskeys</c>). Identity reads it from the options of the
    /// services a context was made by, so the app sets it in its Identity options and <see cref="Open"/> hands its
    /// contexts a provider with just that, so every context, including the design-time tools', has one model.
    /// </summary>
    public static readonly Version IdentitySchema = IdentitySchemaVersions.Version3;

    private static readonly Lazy<IServiceProvider> IdentityModelServices = new(() => new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchema)
        .BuildServiceProvider());

    /// <summary>A context outside dependency injection (operators' tools, tests, benchmarks), of the engine's context type.</summary>
    public static BoardRoomDbContext Open(DatabaseConnection database) => database.Engine switch
    {
        DatabaseEngine.Sqlite => new BoardRoomDbContext(Standalone(new DbContextOptionsBuilder<BoardRoomDbContext>(), database).Options),
        DatabaseEngine.PostgreSql => new PostgreSqlBoardRoomDbContext(Standalone(new DbContextOptionsBuilder<PostgreSqlBoardRoomDbContext>(), database).Options),
        var other => throw Unknown(other),
    };

    private static DbContextOptionsBuilder<TContext> Standalone<TContext>(DbContextOptionsBuilder<TContext> options, DatabaseConnection database)
        where TContext : DbContext
    {
        Use(options, database).UseApplicationServiceProvider(IdentityModelServices.Value);
        return options;
    }

    /// <summary>Engine settings that belong to the database itself, applied after migrating.</summary>
    public static async Task PrepareAsync(BoardRoomDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (pages) proceed while a writer (the minutes op log) commits; it is a property of the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // PostgreSQL: nothing. Readers never wait for writers (MVCC), and durability is the server's configuration.
    }

    /// <summary>
    /// Whether <paramref name="exception"/> (thrown by a raw command, or a <see cref="DbUpdateException"/> around it) is a
    /// violated unique index or primary key: a lost race, not a bug. Any other constraint is a bug and is not matched.
    /// </summary>
    public static bool IsUniqueViolation(Exception exception) =>
        (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
        {
            SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
            // 23505 covers unique indexes and primary keys alike.
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
            _ => false,
        };

    private static DbContextOptionsBuilder<TContext> Use<TContext>(DbContextOptionsBuilder<TContext> options, DatabaseConnection database)
        where TContext : DbContext
    {
        Use((DbContextOptionsBuilder)options, database);
        return options;
    }

    private static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, DatabaseConnection database) => database.Engine switch
    {
        DatabaseEngine.Sqlite => options.UseSqlite(database.ConnectionString).AddInterceptors(SqliteBusyTimeout.Instance),
        DatabaseEngine.PostgreSql => options.UseNpgsql(database.ConnectionString),
        var other => throw Unknown(other),
    };

    private static ArgumentOutOfRangeException Unknown(DatabaseEngine engine) =>
        new(nameof(engine), engine, "BoardRoom:Database:Provider must be Sqlite or PostgreSql.");

    /// <summary>Hands out an engine's derived context as the <see cref="BoardRoomDbContext"/> the services ask for.</summary>
    private sealed class DerivedContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BoardRoomDbContext>
        where TContext : BoardRoomDbContext
    {
        public BoardRoomDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<BoardRoomDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
