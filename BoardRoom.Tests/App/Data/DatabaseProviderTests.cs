using BoardRoom.App.Data;
using Microsoft.Data.Sqlite;

namespace BoardRoom.Tests.App.Data;

public sealed class DatabaseProviderTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:;Foreign Keys=True");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await ExecuteAsync("""
            CREATE TABLE Parent (Id INTEGER PRIMARY KEY);
            CREATE TABLE Child (Id INTEGER PRIMARY KEY, ParentId INTEGER NOT NULL REFERENCES Parent(Id), Code TEXT NOT NULL UNIQUE);
            INSERT INTO Parent (Id) VALUES (1);
            INSERT INTO Child (Id, ParentId, Code) VALUES (1, 1, 'a');
            """);
    }

    public async Task DisposeAsync() => await _connection.DisposeAsync();

    [Theory]
    [InlineData("INSERT INTO Child (Id, ParentId, Code) VALUES (2, 1, 'a')", true)]   // unique index: a lost race
    [InlineData("INSERT INTO Child (Id, ParentId, Code) VALUES (1, 1, 'b')", true)]   // primary key: a lost race
    [InlineData("INSERT INTO Child (Id, ParentId, Code) VALUES (3, 9, 'c')", false)]  // foreign key: a bug
    [InlineData("INSERT INTO Child (Id, ParentId, Code) VALUES (4, 1, NULL)", false)] // not null: a bug
    public async Task OnlyAViolatedUniqueIndexOrKey_CountsAsSomeoneElseGettingThereFirst(string sql, bool unique)
    {
        var refused = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(sql));

        Assert.Equal(unique, DatabaseProvider.IsUniqueViolation(refused));
        Assert.Equal(unique, DatabaseProvider.IsUniqueViolation(new Microsoft.EntityFrameworkCore.DbUpdateException("save failed", refused)));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
