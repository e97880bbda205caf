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

    /// <summary>
    /// Replaces the index with every practice and case, streamed from the database in one pass (one writer session or
    /// transaction in the engine); <paramref name="progress"/> gets the running count.
    /// </summary>
    public Task<int> RebuildAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        index.ReplaceAllAsync(AllDocumentsAsync(cancellationToken), progress, cancellationToken);

    private async IAsyncEnumerable<KnowledgeDocument> AllDocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var regionOf = await db.Countries.AsNoTracking().ToDictionaryAsync(c => c.Iso3, c => c.RegionM49, StringComparer.Ordinal, cancellationToken);
        await foreach (var practice in db.Practices.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return KnowledgeDocumentFactory.Create(practice, regionOf);
        await foreach (var caseLaw in db.CaseLaw.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return KnowledgeDocumentFactory.Create(caseLaw, regionOf);
    }
}
