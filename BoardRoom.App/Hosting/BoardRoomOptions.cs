using BoardRoom.App.Data;

namespace BoardRoom.App.Hosting;

/// <summary>The "BoardRoom" configuration section.</summary>
public sealed class BoardRoomOptions
{
    public const string Section = "BoardRoom";

    /// <summary>Folder for the SQLite file, uploaded papers and email copies; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the demo boards and accounts when the database is created. Only the default (demo) configuration sets it.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Password of every demo account; printed at start-up.</summary>
    public string DemoPassword { get; set; } = string.Empty;

    /// <summary>"BoardRoom:Database": how the database is looked after.</summary>
    public DatabaseSettings Database { get; set; } = new();

    public sealed class DatabaseSettings
    {
        /// <summary>
        /// <c>Sqlite</c> (default: a file in the data folder) or <c>PostgreSql</c> (then <c>ConnectionStrings:BoardRoom</c>
        /// names the server and database). Each engine has its own migrations; the model is the same.
        /// </summary>
        public DatabaseEngine Provider { get; set; } = DatabaseEngine.Sqlite;

        /// <summary>
        /// Migrate (and seed a new demo database) when the app starts: the single-node default. With several nodes set
        /// it false and run <c>dotnet BoardRoom.App.dll migrate</c> once per deploy; a node then refuses to start on a
        /// database that still lacks migrations, rather than run on a schema it does not know.
        /// </summary>
        public bool MigrateAtStartup { get; set; } = true;
    }

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));
}
