using BoardRoom.App.Data;
using BoardRoom.App.Features.Agendas;

namespace BoardRoom.App.Hosting;

/// <summary>
/// <c>dotnet BoardRoom.App.dll migrate</c>: brings the configured database up to this build's schema (and seeds a new
/// demo database when so configured), then exits. With <c>BoardRoom:Database:MigrateAtStartup=false</c> nodes leave
/// that to this one step and refuse to start on a database that lacks migrations.
/// </summary>
public static class DatabaseCommands
{
    public const string Migrate = "migrate";

    /// <summary>Migrates, seeds a new demo database when so configured, and imports papers an earlier version kept on disk.</summary>
    public static async Task MigrateAsync(DatabaseInitializer database, PaperFolderImport papers)
    {
        var pending = await database.PendingMigrationsAsync();
        var seeded = await database.InitializeAsync();
        var imported = await papers.ImportAsync();
        Console.WriteLine($"Database migrated: {pending.Count} migration(s) applied{(seeded ? ", demo data seeded" : string.Empty)}" +
            $"{(imported > 0 ? $", {imported} paper(s) imported from {papers.Folder}" : string.Empty)}.");
    }

    /// <returns>True (and a line on stderr) when the database lacks migrations, so the node must not start.</returns>
    public static async Task<bool> RefuseUnmigratedAsync(DatabaseInitializer database)
    {
        var pending = await database.PendingMigrationsAsync();
        if (pending.Count == 0)
        {
            return false;
        }
        await Console.Error.WriteLineAsync(
            $"The database lacks {pending.Count} migration(s) ({string.Join(", ", pending)}) and BoardRoom:Database:MigrateAtStartup is false: " +
            $"run 'dotnet BoardRoom.App.dll {Migrate}' first.");
        return true;
    }
}
