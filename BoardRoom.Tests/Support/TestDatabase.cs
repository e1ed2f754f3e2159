using BoardRoom.App.Data;
using BoardRoom.App.Hosting;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.Support;

/// <summary>
/// A real database of the engine under test (<see cref="TestProvider"/>: a SQLite file in a temp folder, or a database of
/// the run's PostgreSQL), migrated and seeded with the demo exactly as the app does at start.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        Connection = TestProvider.For(directory);
    }

    /// <summary>The data folder (papers, email copies; the SQLite file).</summary>
    public string Directory { get; }

    public DatabaseConnection Connection { get; }

    public string ConnectionString => Connection.ConnectionString;

    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var db = new TestDatabase(NewFolder());
        await TestProvider.CreateSeededAsync(db.Directory);
        return db;
    }

    /// <summary>A database with no tables, for tests that make their own.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync()
    {
        var db = new TestDatabase(NewFolder());
        await TestProvider.CreateEmptyAsync(db.Directory);
        return db;
    }

    /// <summary>The app's persistence registrations on this database, with the demo switched on.</summary>
    public IServiceCollection Services(IServiceCollection? services = null) => Services(Connection, services);

    public BoardRoomDbContext Open() => DatabaseProvider.Open(Connection);

    public async Task<PersonId> PersonIdAsync(string email)
    {
        await using var db = Open();
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await TestProvider.DropAsync(Directory);
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    /// <summary>Migrates <paramref name="connection"/> and seeds the demo through the app's own initializer.</summary>
    internal static async Task MigrateAndSeedAsync(DatabaseConnection connection)
    {
        await using var provider = Services(connection).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    private static IServiceCollection Services(DatabaseConnection connection, IServiceCollection? services = null)
    {
        services ??= new ServiceCollection();
        services.AddLogging();
        services.Configure<BoardRoomOptions>(o =>
        {
            o.SeedDemoData = true;
            o.DemoPassword = AppServer.DemoPassword;
        });
        services.AddBoardRoomPersistence(connection);
        return services;
    }

    private static string NewFolder() => System.IO.Directory.CreateTempSubdirectory("boardroom-db-").FullName;
}
