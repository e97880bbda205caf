using Microsoft.EntityFrameworkCore;

namespace Palermo.Data;

/// <summary>Whether the database answers; for health checks, which must report, not throw.</summary>
public sealed class DatabaseProbe(PalermoDbContext db)
{
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return false;
        }
    }
}
