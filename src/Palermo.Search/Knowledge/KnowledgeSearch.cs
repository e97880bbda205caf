using Palermo.Access;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Search over whichever <see cref="IKnowledgeIndex"/> is configured. The query is planned here (analyzed terms, glossary
/// equivalents, highlighting); the engine applies visibility and filters, orders, counts, facets and loads only the
/// requested page, so the cost of a search does not grow with the number of matching records. Snippets are built here
/// for the page's hits only, identically for both engines.
/// </summary>
public sealed class KnowledgeSearch(IKnowledgeIndex index)
{
    public const int MaxPageSize = 100;
    public static readonly IReadOnlyList<string> FacetNames = KnowledgeFacetCounts.Names;

    public async Task<KnowledgeSearchResult> SearchAsync(KnowledgeSearchRequest request, CancellationToken cancellationToken = default)
    {
        var plan = KnowledgeQueryPlanner.Plan(request.Kind, request.Query, request.Language, request.AlsoWrittenIn);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var skip = (int)Math.Min(int.MaxValue, (page - 1L) * pageSize);
        var order = request.Sort == KnowledgeSort.Date || plan.Match.MatchAll ? KnowledgeOrder.Date : KnowledgeOrder.Relevance;
        var result = await index.SearchAsync(new KnowledgePageQuery(plan.Match, request.Viewer, request.Filters ?? KnowledgeFilters.None,
            order, plan.Language, skip, pageSize, WithFacets: true), cancellationToken);
        var hits = result.Matches.Select(m => ToHit(m, plan)).ToList();
        return new KnowledgeSearchResult(result.Total, page, pageSize, hits, result.Facets);
    }

    /// <summary>Visible records like <paramref name="document"/> (not itself), best first.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> MoreLikeThisAsync(KnowledgeDocument document, Actor viewer, int count = 5,
        CancellationToken cancellationToken = default)
    {
        var plan = KnowledgeQueryPlanner.MoreLikeThis(document);
        var result = await index.SearchAsync(new KnowledgePageQuery(plan.Match, viewer, KnowledgeFilters.None, KnowledgeOrder.Similar,
            plan.Language, 0, Math.Max(1, count), WithFacets: false, Exclude: document.Id), cancellationToken);
        return result.Matches.Take(count).Select(m => ToHit(m, plan)).ToList();
    }

    private static KnowledgeHit ToHit(KnowledgeMatch match, KnowledgeQueryPlan plan)
    {
        var document = match.Document;
        plan.HighlightTerms.TryGetValue(document.Language, out var terms);
        var source = document.Text.Length > 0 ? document.Text : document.Title;
        return new KnowledgeHit(document, SnippetBuilder.Build(document.Language, source, terms), match.Score,
            string.Equals(document.Language, plan.Language, StringComparison.Ordinal));
    }
}
