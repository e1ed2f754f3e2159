using BoardRoom.App.Data;
using BoardRoom.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BoardRoom.Tests.App.Data;

/// <summary>
/// SQLite only: a connection the app opens waits inside SQLite for another writer (busy_timeout), instead of
/// Microsoft.Data.Sqlite's 150 ms sleep between retries.
/// </summary>
public sealed class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task EveryConnectionTheAppOpens_WaitsInSqliteForAnotherWriter()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        for (var open = 0; open < 2; open++) // a fresh connection, then the same one from the pool
        {
            await using var db = database.Open();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout;";
            Assert.Equal(SqliteBusyTimeout.Milliseconds, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
            await db.Database.CloseConnectionAsync();
        }
    }
}
