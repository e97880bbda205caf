namespace Palermo.Search.Knowledge;

/// <summary>
/// The search index of the knowledge repository. Two backends — Lucene.NET on disk and PostgreSQL full-text — hold the
/// same documents and give the same hits, order, totals and facet counts for the same <see cref="KnowledgePageQuery"/>;
/// query planning and snippets are shared in <see cref="KnowledgeSearch"/>.
/// </summary>
public interface IKnowledgeIndex
{
    /// <summary>lucene or postgres.</summary>
    string Engine { get; }

    Task UpsertAsync(IReadOnlyCollection<KnowledgeDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every document with <paramref name="documents"/> in one pass (one writer session, one commit or one
    /// transaction): searches see the old index until the new one is complete. Returns how many were written.
    /// </summary>
    Task<int> ReplaceAllAsync(IAsyncEnumerable<KnowledgeDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task ClearAsync(CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The <see cref="KnowledgeDocument.Stamp"/> of every document by id: what the start-up check compares with the database.</summary>
    Task<IReadOnlyDictionary<Guid, long>> StampsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every document matching <paramref name="query"/> (up to its limit), regardless of visibility: for checks of what matches.</summary>
    Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default);

    /// <summary>One page of visible, filtered matches in order, with the total and facet counts over all of them.</summary>
    Task<KnowledgePage> SearchAsync(KnowledgePageQuery query, CancellationToken cancellationToken = default);
}
