using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Palermo.Data;

/// <summary>
/// <c>PRAGMA synchronous=NORMAL</c> on every embedded connection (the setting is per connection, not per file). In
/// write-ahead-log mode this is SQLite's recommended setting: a commit no longer waits for a disk sync, the database
/// cannot be corrupted, and a commit survives a crash of the application; only a power loss or an operating-system
/// crash can roll back the last commits before the next checkpoint. Auto-saving forms keep unconfirmed answers in the
/// browser, so that window costs nothing, while a sync per save made 200 contributors queue behind the disk.
/// </summary>
public sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Microsoft.Data.Sqlite runs commands synchronously anyway; a pragma is answered from memory.
    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
