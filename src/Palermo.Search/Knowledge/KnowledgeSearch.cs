using System.Globalization;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Search over whichever <see cref="IKnowledgeIndex"/> is configured. The backend only matches terms; visibility,
/// filters, facets, ranking (same-language hits first), paging and snippets happen here, identically for both.
/// </summary>
public sealed class KnowledgeSearch(IKnowledgeIndex index)
{
    public const int MaxPageSize = 100;
    public static readonly IReadOnlyList<string> FacetNames = ["category", "protocol", "article", "region", "country", "language", "year"];

    public async Task<KnowledgeSearchResult> SearchAsync(KnowledgeSearchRequest request, CancellationToken cancellationToken = default)
    {
        var plan = KnowledgeQueryPlanner.Plan(request.Kind, request.Query, request.Language);
        var matches = await index.MatchAsync(plan.Match, cancellationToken);
        var filters = request.Filters ?? KnowledgeFilters.None;
        var visible = matches
            .Where(m => request.Viewer.CanSee(m.Document.Status, m.Document.AuthorUserId))
            .Where(m => Passes(m.Document, filters))
            .ToList();

        var ordered = request.Sort == KnowledgeSort.Date || plan.Match.MatchAll
            ? visible.OrderByDescending(m => m.Document.Date).ThenBy(m => m.Document.Id)
            : visible.OrderBy(m => Tier(m.Document, plan.Language)).ThenByDescending(m => m.Score).ThenByDescending(m => m.Document.Date).ThenBy(m => m.Document.Id);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var hits = ordered.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => ToHit(m, plan))
            .ToList();
        return new KnowledgeSearchResult(visible.Count, page, pageSize, hits, Facets(visible.Select(m => m.Document)));
    }

    /// <summary>Visible records like <paramref name="document"/> (not itself), best first.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> MoreLikeThisAsync(KnowledgeDocument document, KnowledgeViewer viewer, int count = 5,
        CancellationToken cancellationToken = default)
    {
        var plan = KnowledgeQueryPlanner.MoreLikeThis(document);
        var matches = await index.MatchAsync(plan.Match, cancellationToken);
        return matches
            .Where(m => m.Document.Id != document.Id && viewer.CanSee(m.Document.Status, m.Document.AuthorUserId))
            .OrderBy(m => Tier(m.Document, plan.Language)).ThenByDescending(m => m.Score).ThenBy(m => m.Document.Id)
            .Take(count)
            .Select(m => ToHit(m, plan))
            .ToList();
    }

    private static int Tier(KnowledgeDocument document, string language) =>
        string.Equals(document.Language, language, StringComparison.Ordinal) ? 0 : 1;

    private static KnowledgeHit ToHit(KnowledgeMatch match, KnowledgeQueryPlan plan)
    {
        var document = match.Document;
        plan.HighlightTerms.TryGetValue(document.Language, out var terms);
        var source = document.Text.Length > 0 ? document.Text : document.Title;
        return new KnowledgeHit(document, SnippetBuilder.Build(document.Language, source, terms), match.Score,
            string.Equals(document.Language, plan.Language, StringComparison.Ordinal));
    }

    private static bool Passes(KnowledgeDocument d, KnowledgeFilters f) =>
        (f.Category is null || string.Equals(d.Category, CategoryCode(f.Category), StringComparison.Ordinal))
        && Has(d.Protocols, f.Protocol)
        && Has(d.Articles, f.Article)
        && Has(d.Regions, f.Region)
        && Has(d.Countries, f.Country)
        && (f.Language is null || string.Equals(d.Language, f.Language, StringComparison.OrdinalIgnoreCase))
        && (f.Year is null || d.Year == f.Year);

    private static string CategoryCode(string text) => KnowledgeCategories.TryParse(text, out var category) ? category.Code() : "\0unknown";

    private static bool Has(IReadOnlyList<string> values, string? wanted) =>
        wanted is null || values.Contains(wanted.Trim(), StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, IReadOnlyList<FacetValue>> Facets(IEnumerable<KnowledgeDocument> documents)
    {
        var list = documents.ToList();
        return new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal)
        {
            ["category"] = Count(list.Select(d => d.Category is null ? [] : new[] { d.Category })),
            ["protocol"] = Count(list.Select(d => d.Protocols)),
            ["article"] = Count(list.Select(d => d.Articles)),
            ["region"] = Count(list.Select(d => d.Regions)),
            ["country"] = Count(list.Select(d => d.Countries)),
            ["language"] = Count(list.Select(d => new[] { d.Language })),
            ["year"] = Count(list.Select(d => d.Year is { } y ? new[] { y.ToString(CultureInfo.InvariantCulture) } : [])),
        };
    }

    private static List<FacetValue> Count(IEnumerable<IEnumerable<string>> valuesPerDocument) =>
        valuesPerDocument
            .SelectMany(values => values.Distinct(StringComparer.Ordinal))
            .GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FacetValue(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
}
