using BoardRoom.App.Data;
using BoardRoom.App.Hosting;
using BoardRoom.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BoardRoom.Tests.Support;

/// <summary>A real SQLite file in a temp folder, migrated and seeded with the demo exactly as the app does at start.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string directory)
    {
        Directory = directory;
        ConnectionString = BoardRoomServices.SqliteConnectionString(directory);
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateSeededAsync()
    {
        var db = new TestDatabase(System.IO.Directory.CreateTempSubdirectory("boardroom-db-").FullName);
        await using var provider = db.Services().BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return db;
    }

    /// <summary>The app's persistence registrations on this file, with the demo switched on.</summary>
    public IServiceCollection Services(IServiceCollection? services = null)
    {
        services ??= new ServiceCollection();
        services.AddLogging();
        services.Configure<BoardRoomOptions>(o =>
        {
            o.SeedDemoData = true;
            o.DemoPassword = AppServer.DemoPassword;
        });
        services.AddBoardRoomPersistence(ConnectionString);
        return services;
    }

    public BoardRoomDbContext Open() =>
        new(new DbContextOptionsBuilder<BoardRoomDbContext>().UseSqlite(ConnectionString).Options);

    public async Task<PersonId> PersonIdAsync(string email)
    {
        await using var db = Open();
        return await db.People.Where(p => p.Email == email).Select(p => p.Id).SingleAsync();
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
        return ValueTask.CompletedTask;
    }
}
