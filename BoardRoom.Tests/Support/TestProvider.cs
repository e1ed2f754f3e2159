using System.Security.Cryptography;
using System.Text;
using BoardRoom.App.Data;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.Support;

/// <summary>
/// The provider matrix: which database engine the tests run on, read once from <c>BOARDROOM_TEST_PROVIDER</c>
/// (<c>Sqlite</c>, the default, or <c>PostgreSql</c>). Every test database helper (TestDatabase, ServerDatabase,
/// AppServer) asks here, so a test class marked <c>[Trait("Provider", "Both")]</c> runs unchanged on either engine:
/// <c>scripts/test.sh</c> runs those a second time with <c>BOARDROOM_TEST_PROVIDER=PostgreSql</c>.
/// </summary>
/// <remarks>
/// A database belongs to a data folder, as the SQLite file does: on PostgreSQL it is a database of the run's
/// <see cref="PostgresServer"/> named after the folder, so two app processes started on one folder share one database,
/// and a command run on a folder (<c>migrate</c>) works on the database a server started on it later uses.
/// </remarks>
public static class TestProvider
{
    public const string Variable = "BOARDROOM_TEST_PROVIDER";
    public const string Trait = "Provider";
    public const string Both = "Both";

    private const string TemplateName = "boardroom_template";
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;

    public static DatabaseEngine Engine { get; } = Enum.TryParse<DatabaseEngine>(Environment.GetEnvironmentVariable(Variable), ignoreCase: true, out var engine)
        ? engine
        : DatabaseEngine.Sqlite;

    public static bool IsPostgreSql => Engine == DatabaseEngine.PostgreSql;

    /// <summary>The database of <paramref name="dataDirectory"/>: the SQLite file in it, or its PostgreSQL database.</summary>
    public static DatabaseConnection For(string dataDirectory) => IsPostgreSql
        ? new(DatabaseEngine.PostgreSql, PostgresServer.Shared.ConnectionString(DatabaseName(dataDirectory)))
        : new(DatabaseEngine.Sqlite, DatabaseProvider.SqliteConnectionString(dataDirectory));

    /// <summary>Environment for an app process on <paramref name="dataDirectory"/> (none on SQLite: the file is the default).</summary>
    public static IReadOnlyDictionary<string, string> AppSettings(string dataDirectory) => IsPostgreSql
        ? new Dictionary<string, string>
        {
            ["BoardRoom__Database__Provider"] = nameof(DatabaseEngine.PostgreSql),
            ["ConnectionStrings__BoardRoom"] = For(dataDirectory).ConnectionString,
        }
        : new Dictionary<string, string>();

    /// <summary>A context on the database of <paramref name="dataDirectory"/> from outside the app, as an operator's tool.</summary>
    public static BoardRoomDbContext Open(string dataDirectory) => DatabaseProvider.Open(IsPostgreSql
        ? For(dataDirectory)
        : new(DatabaseEngine.Sqlite, $"Data Source={SqliteFile(dataDirectory)}"));

    public static string SqliteFile(string dataDirectory) => Path.Combine(dataDirectory, "boardroom.db");

    /// <summary>
    /// Gives <paramref name="dataDirectory"/> a migrated database seeded with the demo. On PostgreSQL it is a copy of a
    /// template migrated and seeded once per run (a copy takes a fraction of a second; seeding hashes every demo
    /// password); on SQLite it is migrated and seeded in place.
    /// </summary>
    /// <param name="inPlace">SQLite only: false leaves the new file to the app, which migrates and seeds it at start.</param>
    public static async Task CreateSeededAsync(string dataDirectory, bool inPlace = true)
    {
        if (!IsPostgreSql)
        {
            if (inPlace)
            {
                await TestDatabase.MigrateAndSeedAsync(For(dataDirectory));
            }
            return;
        }
        await EnsureTemplateAsync();
        await PostgresServer.Shared.CreateDatabaseAsync(DatabaseName(dataDirectory), TemplateName);
    }

    /// <summary>Gives <paramref name="dataDirectory"/> an empty database, with no tables (SQLite: the folder is enough).</summary>
    public static async Task CreateEmptyAsync(string dataDirectory)
    {
        if (IsPostgreSql)
        {
            await PostgresServer.Shared.CreateDatabaseAsync(DatabaseName(dataDirectory));
        }
    }

    /// <summary>Drops the PostgreSQL database of <paramref name="dataDirectory"/>; on SQLite releases the file for deletion.</summary>
    public static async Task DropAsync(string dataDirectory)
    {
        if (IsPostgreSql)
        {
            await PostgresServer.Shared.DropDatabaseAsync(DatabaseName(dataDirectory));
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The tables in the database of <paramref name="dataDirectory"/>; none when it does not exist yet.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(string dataDirectory)
    {
        if (IsPostgreSql ? !await PostgresServer.Shared.DatabaseExistsAsync(DatabaseName(dataDirectory)) : !File.Exists(SqliteFile(dataDirectory)))
        {
            return [];
        }
        var sql = IsPostgreSql
            ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'";
        await using var db = Open(dataDirectory);
        return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
    }

    /// <summary>PostgreSQL: one database per data folder, named by a hash of the folder's full path.</summary>
    private static string DatabaseName(string dataDirectory) =>
        "boardroom_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory).TrimEnd('/'))))[..20];

    private static async Task EnsureTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady)
            {
                return;
            }
            var server = PostgresServer.Shared;
            await server.DropDatabaseAsync(TemplateName);
            // No pooling: a copy is refused while any session is connected to its template.
            await TestDatabase.MigrateAndSeedAsync(new(DatabaseEngine.PostgreSql, server.ConnectionString(TemplateName, pooling: false)));
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
