using BoardRoom.App.Hosting;
using BoardRoom.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// With several nodes, migrating is one step of a deploy (<c>dotnet BoardRoom.App.dll migrate</c>), not something every
/// node does at start (issue #13): nodes configured not to migrate start only on a database that is up to date.
/// </summary>
public sealed class MigrateCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NodeSettings = new()
    {
        ["BoardRoom__Database__MigrateAtStartup"] = "false",
        ["BoardRoom__SeedDemoData"] = "true",
        ["BoardRoom__DemoPassword"] = AppServer.DemoPassword,
    };

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("boardroom-migrate-");

    public void Dispose() => _data.Delete(recursive: true);

    private string DatabasePath => Path.Combine(_data.FullName, "boardroom.db");

    [Fact]
    public async Task ANodeThatMayNotMigrate_RefusesANewDatabase_AndCreatesNothingInIt()
    {
        var (exitCode, _, errors) = await AppServer.RunCommandAsync(null, _data.FullName, NodeSettings);

        Assert.Equal(2, exitCode);
        Assert.Contains($"run 'dotnet BoardRoom.App.dll {DatabaseCommands.Migrate}' first", errors);
        Assert.Empty(await TablesAsync());
    }

    [Fact]
    public async Task Migrate_BringsTheDatabaseToTheSchemaAndSeedsTheDemo_ThenANodeStartsOnItWithoutMigrating()
    {
        var (exitCode, output, errors) = await AppServer.RunCommandAsync(DatabaseCommands.Migrate, _data.FullName, NodeSettings);
        Assert.True(exitCode == 0, errors);
        Assert.Matches(@"Database migrated: [1-9]\d* migration\(s\) applied, demo data seeded\.", output);
        Assert.Contains("Boards", await TablesAsync());

        var again = await AppServer.RunCommandAsync(DatabaseCommands.Migrate, _data.FullName, NodeSettings);
        Assert.Contains("Database migrated: 0 migration(s) applied.", again.Output);

        await using var node = await AppServer.StartAsync(_data.FullName, NodeSettings);
        var cookies = await SignIn.SessionCookiesAsync(node, "priya.raman@rdfb.example");
        Assert.NotEmpty(cookies.GetCookies(node.BaseAddress));
    }

    private async Task<List<string>> TablesAsync()
    {
        if (!File.Exists(DatabasePath))
        {
            return [];
        }
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }
}
