using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Palermo.Data;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Keeps the index in line with the database: every saved change is indexed at once (so a publication is found within
/// a moment), and at start every record whose stamp in the index differs from the database's is indexed again (see
/// <see cref="EnsureInSyncAsync"/>). Unpublished records are indexed too; the visibility rule hides them from all but
/// their authors and the secretariat.
/// </summary>
public sealed class KnowledgeIndexer(PalermoDbContext db, IKnowledgeIndex index, KnowledgeDocumentFactory documents,
    ILogger<KnowledgeIndexer> logger) : IKnowledgeChangeListener
{
    // Records are loaded for reindexing this many ids at a time: one query each, well under any engine's parameter limit.
    private const int RepairChunk = 500;

    public async Task ChangedAsync(KnowledgeRecord record, CancellationToken cancellationToken) =>
        await index.UpsertAsync([await documents.CreateAsync(record, cancellationToken)], cancellationToken);

    /// <summary>
    /// Compares each record's stamp (its last change) in the index with the database's: reindexes records missing or
    /// stale in the index (a change whose index update failed), removes documents of records no longer stored, and
    /// rebuilds the whole index when most of it is off. True when it changed anything.
    /// </summary>
    public async Task<bool> EnsureInSyncAsync(CancellationToken cancellationToken = default)
    {
        // The index first: a record is saved before it is indexed, so a record written meanwhile is in the database
        // read below and never taken for a deleted one.
        var indexed = await index.StampsAsync(cancellationToken);
        var stored = await StoredStampsAsync(cancellationToken);
        var stale = stored.Where(r => !indexed.TryGetValue(r.Key, out var stamp) || stamp != r.Value).Select(r => r.Key).ToList();
        var gone = indexed.Keys.Where(id => !stored.ContainsKey(id)).ToList();
        if (stale.Count == 0 && gone.Count == 0) return false;
        logger.LogInformation("Search index ({Engine}): {Stale} of {Expected} records missing or stale, {Gone} removed from the database",
            index.Engine, stale.Count, stored.Count, gone.Count);
        // Most of the index off (a new or emptied index): one streamed rebuild beats loading the records by id.
        if (stale.Count > stored.Count / 2)
        {
            await RebuildAsync(null, cancellationToken);
            return true;
        }
        foreach (var chunk in stale.Chunk(RepairChunk))
            await index.UpsertAsync(await DocumentsAsync(chunk, cancellationToken), cancellationToken);
        foreach (var id in gone) await index.DeleteAsync(id, cancellationToken);
        return true;
    }

    /// <summary>
    /// Replaces the index with every practice and case, streamed from the database in one pass (one writer session or
    /// transaction in the engine); <paramref name="progress"/> gets the running count.
    /// </summary>
    public Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        index.ReplaceAllAsync(AllDocumentsAsync(cancellationToken), progress, cancellationToken);

    private async Task<Dictionary<Guid, long>> StoredStampsAsync(CancellationToken cancellationToken)
    {
        var practices = await db.Practices.AsNoTracking().Select(p => new { p.Id, p.UpdatedAt }).ToListAsync(cancellationToken);
        var cases = await db.CaseLaw.AsNoTracking().Select(c => new { c.Id, c.UpdatedAt }).ToListAsync(cancellationToken);
        return practices.Concat(cases).ToDictionary(r => r.Id, r => KnowledgeDocument.StampOf(r.UpdatedAt));
    }

    private async Task<List<KnowledgeDocument>> DocumentsAsync(Guid[] ids, CancellationToken cancellationToken)
    {
        var regionOf = await RegionsAsync(cancellationToken);
        var practices = await db.Practices.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var cases = await db.CaseLaw.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        return practices.Cast<KnowledgeRecord>().Concat(cases).Select(r => KnowledgeDocumentFactory.Create(r, regionOf)).ToList();
    }

    private Task<Dictionary<string, string?>> RegionsAsync(CancellationToken cancellationToken) =>
        db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Iso3, c => c.RegionM49, StringComparer.Ordinal, cancellationToken);

    private async IAsyncEnumerable<KnowledgeDocument> AllDocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var regionOf = await RegionsAsync(cancellationToken);
        await foreach (var practice in db.Practices.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return KnowledgeDocumentFactory.Create(practice, regionOf);
        await foreach (var caseLaw in db.CaseLaw.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return KnowledgeDocumentFactory.Create(caseLaw, regionOf);
    }
}
