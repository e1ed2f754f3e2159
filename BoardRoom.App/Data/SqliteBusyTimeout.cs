using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BoardRoom.App.Data;

/// <summary>
/// Sets SQLite's <c>busy_timeout</c> on every connection EF opens, so a writer that meets another writer (WAL allows one
/// at a time) waits inside SQLite, which polls the lock every few milliseconds. Without it Microsoft.Data.Sqlite
/// answers SQLITE_BUSY by sleeping 150 ms and retrying, and two saves that touch by a millisecond cost the second one
/// 150 ms: the op log's group commit and a chair's click, for instance. Microsoft.Data.Sqlite does not set it itself
/// (dotnet/efcore#28135); the pragma belongs to the connection, and pooled connections are reopened, so it is applied
/// on each open.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>Longer than any save here takes; Microsoft.Data.Sqlite's own command timeout still bounds the whole.</summary>
    public const int Milliseconds = 5_000;

    public static readonly SqliteBusyTimeout Instance = new();

    private SqliteBusyTimeout()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds};";
        command.ExecuteNonQuery();
    }
}
