using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Palermo.Data;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Keeps the index in line with the database: every saved change is indexed at once (so a publication is found within
/// a moment), and at start the index is rebuilt when it is missing or does not hold as many documents as the database.
/// Unpublished records are indexed too; the visibility rule hides them from all but their authors and the secretariat.
/// </summary>
public sealed class KnowledgeIndexer(PalermoDbContext db, IKnowledgeIndex index, KnowledgeDocumentFactory documents,
    ILogger<KnowledgeIndexer> logger) : IKnowledgeChangeListener
{
    private const int BatchSize = 500;

    public async Task ChangedAsync(KnowledgeRecord record, CancellationToken cancellationToken) =>
        await index.UpsertAsync([await documents.CreateAsync(record, cancellationToken)], cancellationToken);

    /// <summary>Rebuilds the index when its document count differs from the database's. True when it rebuilt.</summary>
    public async Task<bool> EnsureInSyncAsync(CancellationToken cancellationToken = default)
    {
        var expected = await db.Practices.CountAsync(cancellationToken) + await db.CaseLaw.CountAsync(cancellationToken);
        var actual = await index.CountAsync(cancellationToken);
        if (expected == actual) return false;
        logger.LogInformation("Search index ({Engine}) holds {Actual} documents, database {Expected}: rebuilding", index.Engine, actual, expected);
        await RebuildAsync(null, cancellationToken);
        return true;
    }

    /// <summary>Empties the index and indexes every practice and case; <paramref name="progress"/> gets the running count.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await index.ClearAsync(cancellationToken);
        var done = 0;
        done = await IndexAllAsync(db.Practices.AsNoTracking().OrderBy(p => p.Id), done, progress, cancellationToken);
        done = await IndexAllAsync(db.CaseLaw.AsNoTracking().OrderBy(c => c.Id), done, progress, cancellationToken);
        return done;
    }

    private async Task<int> IndexAllAsync<T>(IQueryable<T> records, int done, IProgress<int>? progress, CancellationToken cancellationToken)
        where T : KnowledgeRecord
    {
        for (var skip = 0; ; skip += BatchSize)
        {
            var batch = await records.Skip(skip).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return done;
            var converted = new List<KnowledgeDocument>(batch.Count);
            foreach (var record in batch) converted.Add(await documents.CreateAsync(record, cancellationToken));
            await index.UpsertAsync(converted, cancellationToken);
            done += batch.Count;
            progress?.Report(done);
        }
    }
}
