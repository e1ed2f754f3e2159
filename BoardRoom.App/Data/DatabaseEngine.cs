namespace BoardRoom.App.Data;

/// <summary><c>BoardRoom:Database:Provider</c>: which database engine the app runs on (docs/decisions/004).</summary>
public enum DatabaseEngine
{
    /// <summary>One file in the data folder: the single-node default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), for several nodes on one database.</summary>
    PostgreSql,
}
