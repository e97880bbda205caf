using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Audit;

/// <summary>One page of the trail, newest first, and how many entries match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total, int Page, int PageSize);

/// <summary>
/// Reading the audit trail, for the API, the page and the CLI alike: browse with filters, and verify the hash chain.
/// Only the secretariat may do either (<see cref="AuditPermission.Browse"/>; the CLI acts as <see cref="Actor.System"/>).
/// </summary>
public sealed class AuditTrailQuery(PalermoDbContext db)
{
    /// <summary>How many entries are read at a time when verifying: enough to keep round trips few, few enough to keep memory flat.</summary>
    public const int VerificationBatchSize = 1000;

    public async Task<Outcome<AuditPage>> SearchAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(AuditPermission.Browse)) return ProblemCodes.Forbidden.With();
        var query = filter.Apply(db.AuditEntries.AsNoTracking());
        var page = Math.Max(1, filter.Page);
        var entries = await query.Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(cancellationToken);
        return new AuditPage(entries, await query.CountAsync(cancellationToken), page, AuditFilter.PageSize);
    }

    /// <summary>How many entries a verification will check (for progress bars).</summary>
    public async Task<Outcome<long>> CountAsync(Actor actor, CancellationToken cancellationToken = default) =>
        actor.Can(AuditPermission.Browse) ? await db.AuditEntries.LongCountAsync(cancellationToken) : ProblemCodes.Forbidden.With();

    /// <summary>
    /// Recomputes the whole chain, streamed: entries are read in id order, one batch at a time (keyset, not offset),
    /// and never held all at once — the trail only grows. <paramref name="checkedSoFar"/> hears the count after each batch.
    /// </summary>
    public async Task<Outcome<AuditVerification>> VerifyAsync(Actor actor, Action<long>? checkedSoFar = null, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(AuditPermission.Browse)) return ProblemCodes.Forbidden.With();
        var walk = new AuditChainWalk();
        long after = 0;
        while (true)
        {
            var lastId = after;
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id)
                .Take(VerificationBatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            foreach (var entry in batch)
            {
                if (!walk.Check(entry)) return walk.Result;
            }
            checkedSoFar?.Invoke(walk.EntriesChecked);
            if (batch.Count < VerificationBatchSize) break;
            after = batch[^1].Id;
        }
        return walk.Result;
    }
}
