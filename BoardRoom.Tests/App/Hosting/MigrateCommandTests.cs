using BoardRoom.App.Hosting;
using BoardRoom.Tests.Support;

namespace BoardRoom.Tests.App.Hosting;

/// <summary>
/// With several nodes, migrating is one step of a deploy (<c>dotnet BoardRoom.App.dll migrate</c>), not something every
/// node does at start (issue #13): nodes configured not to migrate start only on a database that is up to date.
/// </summary>
[Trait(TestProvider.Trait, TestProvider.Both)]
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> NodeSettings = new()
    {
        ["BoardRoom__Database__MigrateAtStartup"] = "false",
        ["BoardRoom__SeedDemoData"] = "true",
        ["BoardRoom__DemoPassword"] = AppServer.DemoPassword,
    };

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("boardroom-migrate-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await TestProvider.DropAsync(_data.FullName);
        _data.Delete(recursive: true);
    }

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
        using var client = node.CreateClient(cookies: cookies);
        var page = await client.GetAsync("/boards/uk-rare-diseases");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("UK Rare Diseases Framework Board", await page.Content.ReadAsStringAsync());
    }

    private Task<IReadOnlyList<string>> TablesAsync() => TestProvider.TablesAsync(_data.FullName);
}
