using BoardRoom.App.Data;
using BoardRoom.App.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BoardRoom.Tests.App.Data;

/// <summary>
/// <c>BoardRoom:Database:Provider</c> and <c>ConnectionStrings:BoardRoom</c> choose the engine, and each engine gets its
/// own migrations, complete for the one model. None of this opens a database.
/// </summary>
public sealed class DatabaseConfigurationTests
{
    private const string DataFolder = "/srv/boardroom/data";

    [Fact]
    public void WithNothingConfigured_TheAppUsesTheSqliteFileInTheDataFolder()
    {
        var database = Configure([]);

        Assert.Equal(DatabaseEngine.Sqlite, database.Engine);
        Assert.Contains(Path.Combine(DataFolder, "boardroom.db"), database.ConnectionString);
    }

    [Fact]
    public void PostgreSqlWithoutAConnectionString_IsRefusedWithTheSettingToAdd()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(new() { ["BoardRoom:Database:Provider"] = "PostgreSql" }));

        Assert.Contains("ConnectionStrings:BoardRoom", error.Message);
    }

    [Fact]
    public void PostgreSql_OpensNpgsqlWithThePostgreSqlMigrations_AndSqliteKeepsItsOwn()
    {
        var postgres = Configure(new()
        {
            ["BoardRoom:Database:Provider"] = "postgresql",
            ["ConnectionStrings:BoardRoom"] = "Host=db;Database=boardroom;Username=boardroom",
        });
        Assert.Equal(DatabaseEngine.PostgreSql, postgres.Engine);

        using var onPostgres = DatabaseProvider.Open(postgres);
        using var onSqlite = DatabaseProvider.Open(Configure([]));

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", onPostgres.Database.ProviderName);
        Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", onSqlite.Database.ProviderName);
        var postgresMigrations = onPostgres.Database.GetMigrations().ToList();
        var sqliteMigrations = onSqlite.Database.GetMigrations().ToList();
        Assert.NotEmpty(postgresMigrations);
        Assert.NotEmpty(sqliteMigrations);
        Assert.Empty(postgresMigrations.Intersect(sqliteMigrations));
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseEngine.PostgreSql, "Host=db;Database=boardroom;Username=boardroom")]
    public void EachEnginesMigrations_AreUpToDateWithTheModel(DatabaseEngine engine, string connectionString)
    {
        // What `dotnet ef migrations has-pending-model-changes` checks: a model change without its migration fails here.
        using var db = DatabaseProvider.Open(new DatabaseConnection(engine, connectionString));

        Assert.False(db.Database.HasPendingModelChanges(), $"The {engine} migrations lag behind the model: add a migration for {engine} (README).");
    }

    private static DatabaseConnection Configure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = configuration.GetSection(BoardRoomOptions.Section).Get<BoardRoomOptions>() ?? new BoardRoomOptions();
        return DatabaseProvider.FromConfiguration(configuration, options, DataFolder);
    }
}
