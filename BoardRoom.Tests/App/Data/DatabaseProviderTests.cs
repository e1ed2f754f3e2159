using System.Data.Common;
using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Data;

/// <summary>
/// <see cref="DatabaseProvider.IsUniqueViolation"/> on the engine under test (SQLite's extended codes, PostgreSQL's
/// SqlState 23505): only a violated unique index or key counts as a lost race.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class DatabaseProviderTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private BoardRoomDbContext _db = null!;
    private DbConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateEmptyAsync();
        _db = _database.Open();
        _connection = _db.Database.GetDbConnection();
        await _connection.OpenAsync();
        // The same SQL on both engines: quoted identifiers, standard types and constraints.
        await ExecuteAsync("""CREATE TABLE "Parent" ("Id" INTEGER PRIMARY KEY)""");
        await ExecuteAsync("""CREATE TABLE "Child" ("Id" INTEGER PRIMARY KEY, "ParentId" INTEGER NOT NULL REFERENCES "Parent"("Id"), "Code" TEXT NOT NULL UNIQUE)""");
        await ExecuteAsync("""INSERT INTO "Parent" ("Id") VALUES (1)""");
        await ExecuteAsync("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (1, 1, 'a')""");
    }

    public async Task DisposeAsync()
    {
        await _connection.CloseAsync();
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (2, 1, 'a')""", true)]   // unique index: a lost race
    [InlineData("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (1, 1, 'b')""", true)]   // primary key: a lost race
    [InlineData("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (3, 9, 'c')""", false)]  // foreign key: a bug
    [InlineData("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (4, 1, NULL)""", false)] // not null: a bug
    public async Task OnlyAViolatedUniqueIndexOrKey_CountsAsSomeoneElseGettingThereFirst(string sql, bool unique)
    {
        var refused = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(sql));

        Assert.Equal(TestProvider.IsPostgreSql ? "PostgresException" : "SqliteException", refused.GetType().Name);
        Assert.Equal(unique, DatabaseProvider.IsUniqueViolation(refused));
        Assert.Equal(unique, DatabaseProvider.IsUniqueViolation(new DbUpdateException("save failed", refused)));
    }

    [Fact]
    public async Task ALostRaceInSaveChanges_IsRecognisedThroughEfCoresWrapper()
    {
        // The snapshot writer's path: EF wraps the engine's error in a DbUpdateException.
        await using var seeded = await TestDatabase.CreateSeededAsync();
        var document = Guid.NewGuid();
        await using (var first = seeded.Open())
        {
            first.MinutesSnapshots.Add(new MinutesSnapshotRow { DocumentId = document, Revision = 1, Text = "a", Timestamp = DateTimeOffset.UtcNow });
            await first.SaveChangesAsync();
        }
        await using var second = seeded.Open();
        second.MinutesSnapshots.Add(new MinutesSnapshotRow { DocumentId = document, Revision = 2, Text = "b", Timestamp = DateTimeOffset.UtcNow });

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());

        Assert.True(DatabaseProvider.IsUniqueViolation(refused), refused.InnerException?.Message);
    }

    [Fact]
    public async Task AReaderInTheMiddleOfATable_NeitherBlocksAWriterOfThatTable_NorSeesItBeforeItsOwnReadEnds()
    {
        // What the engine is opened with in the app: pages read the meeting while a chair's command or the op log
        // writes it. A writer that waits for readers (SQLite's shared cache locks tables) sleeps and retries, so a
        // click takes seconds on a busy day; a timeout of 2 s turns that wait into a failure here.
        await DatabaseProvider.PrepareAsync(_db, CancellationToken.None);
        await ExecuteAsync("""INSERT INTO "Child" ("Id", "ParentId", "Code") VALUES (2, 1, 'b')""");
        await using var readerContext = _database.Open();
        var readerConnection = readerContext.Database.GetDbConnection();
        await readerConnection.OpenAsync();
        // No explicit transaction, as EF reads: the open statement holds the reader's view of the table.
        await using var read = readerConnection.CreateCommand();
        read.CommandText = """SELECT "Code" FROM "Child" ORDER BY "Id" """;
        await using var rows = await read.ExecuteReaderAsync();
        Assert.True(await rows.ReadAsync());

        await using var write = _connection.CreateCommand();
        write.CommandText = """UPDATE "Child" SET "Code" = 'z' WHERE "Id" = 2""";
        write.CommandTimeout = 2;
        Assert.Equal(1, await write.ExecuteNonQueryAsync());

        Assert.True(await rows.ReadAsync());
        Assert.Equal("b", rows.GetString(0));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
