using BoardRoom.App.Features.Search;
using BoardRoom.App.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BoardRoom.App.Data;

/// <summary>
/// Creates and migrates the database (at start, or as the <c>migrate</c> command); seeds the demo only when the
/// database is new and the configuration asks; builds the search index when it is missing or of an older version.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<BoardRoomDbContext> dbFactory,
    DemoSeeder demoSeeder,
    SearchIndex searchIndex,
    IOptions<BoardRoomOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    /// <returns>True when the demo data was seeded by this call.</returns>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        var isNew = !applied.Any();
        await db.Database.MigrateAsync(cancellationToken);
        await DatabaseProvider.PrepareAsync(db, cancellationToken);
        logger.LogInformation("Database ready ({State}).", isNew ? "created" : "existing");

        var seeded = false;
        if (isNew && options.Value.SeedDemoData)
        {
            await demoSeeder.SeedAsync(cancellationToken);
            seeded = true;
        }
        // A new database, or one whose index an older version built: (re)build it, after the demo so it holds it.
        await searchIndex.EnsureCurrentAsync(cancellationToken);
        return seeded;
    }

    /// <summary>The migrations this build has that the database has not applied (none on a current database).</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }
}
