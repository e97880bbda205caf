namespace Palermo.Search.Knowledge;

/// <summary>
/// The search index of the knowledge repository. Two backends — Lucene.NET on disk and PostgreSQL full-text — hold the
/// same documents and give the same hits for the same <see cref="KnowledgeMatchQuery"/>; everything after matching
/// (visibility, filters, facets, ranking tiers, snippets) is shared in <see cref="KnowledgeSearch"/>.
/// </summary>
public interface IKnowledgeIndex
{
    /// <summary>lucene or postgres.</summary>
    string Engine { get; }

    Task UpsertAsync(IReadOnlyCollection<KnowledgeDocument> documents, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    Task ClearAsync(CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default);
}
