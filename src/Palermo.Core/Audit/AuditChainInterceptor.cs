using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Palermo.Data;

namespace Palermo.Audit;

/// <summary>
/// Every save writes what changed to the hash-chained audit trail in the same transaction, so no state change can
/// land without its audit line. Explicit events (sign-in, export …) go through <see cref="PalermoDbContext.Record"/>.
/// The interceptor takes the save over: under the chain lock it saves the entity rows (so new rows have their ids),
/// then the chain rows, then commits, and hands EF the count, so a failure anywhere rolls back both.
/// </summary>
public sealed class AuditChainInterceptor : SaveChangesInterceptor
{
    public static readonly AuditChainInterceptor Instance = new();

    // One writer at a time appends to the chain: in-process for the embedded engine, a transaction lock across web nodes for PostgreSQL.
    private static readonly SemaphoreSlim EmbeddedChainGate = new(1, 1);
    private const long PostgresChainLockKey = 0x5041_4C45_524D_4F; // "PALERMO"

    private AuditChainInterceptor() { }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not PalermoDbContext db || db.AuditJournal.WritingChain || result.HasResult) return result;

        db.ChangeTracker.DetectChanges();
        var pending = db.AuditJournal.SummarizeEntityChanges ? [] : EntityChangeAudit.Describe(db.ChangeTracker);
        pending.AddRange(db.AuditJournal.TakeExplicitEvents());
        if (pending.Count == 0) return result;

        db.AuditJournal.WritingChain = true;
        try
        {
            return InterceptionResult<int>.SuppressWithResult(await SaveWithChainAsync(db, pending, cancellationToken));
        }
        finally
        {
            db.AuditJournal.WritingChain = false;
        }
    }

    private static async Task<int> SaveWithChainAsync(PalermoDbContext db, List<PendingAudit> pending, CancellationToken cancellationToken)
    {
        var ownTransaction = db.Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var gateHeld = false;
        try
        {
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresChainLockKey})", cancellationToken);
            else
            {
                await EmbeddedChainGate.WaitAsync(cancellationToken);
                gateHeld = true;
            }

            var written = await db.SaveChangesAsync(cancellationToken);
            await AuditChainWriter.AppendAsync(db, pending, cancellationToken);
            written += await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (gateHeld) EmbeddedChainGate.Release();
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }
}
