using Palermo.Access;
using System.Globalization;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Testing;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>
/// Paging, ordering, totals, facets and visibility happen inside each engine. Checked against a reference: every match
/// of <see cref="IKnowledgeIndex.MatchAsync"/> filtered, ordered, counted and paged in memory (what the search did
/// before), over a corpus written in several commits (several Lucene segments) with ties on score and date.
/// </summary>
public class KnowledgeEnginePagingTests
{
    private const string Author = "author-1";

    private static IEnumerable<KnowledgeDocument> Generated()
    {
        string[] languages = ["en", "fr", "ar", "es", "ru", "zh"];
        string[] titles =
        [
            "Trafficking in persons: joint investigation", "Traite des personnes et enquête", "الاتجار بالأشخاص والتحقيق",
            "Trata de personas e investigación", "Торговля людьми и расследование", "贩运人口调查",
        ];
        string[] countries = ["NGA", "ITA", "EGY", "MEX", "nga"];
        KnowledgeStatus[] statuses = [KnowledgeStatus.Published, KnowledgeStatus.Published, KnowledgeStatus.Submitted, KnowledgeStatus.Draft];
        for (var n = 100; n < 160; n++)
        {
            var language = languages[n % 6];
            yield return new KnowledgeDocument
            {
                // Ids out of insertion order, so that the id tie-break is really exercised.
                Id = new Guid((n * 7919) % 1000, 0, 0, [(byte)n, 0, 0, 0, 0, 0, 0, 0]),
                Kind = KnowledgeKind.Practice,
                Language = language,
                Title = titles[n % 6],
                Text = n % 3 == 0 ? titles[n % 6] + " " + titles[n % 6] : "",
                Category = n % 4 == 0 ? null : n % 2 == 0 ? "investigation" : "prosecution",
                Countries = [countries[n % 5], countries[(n + 1) % 5]],
                Regions = n % 2 == 0 ? ["002", "002"] : [],
                Protocols = n % 5 == 0 ? ["TIP", "SOM"] : ["TIP"],
                Articles = ["5", "6"],
                Year = n % 7 == 0 ? null : 2015 + n % 4,
                Date = DateTimeOffset.UnixEpoch.AddDays(n % 9), // many equal dates
                Status = statuses[n % 4],
                AuthorUserId = n % 8 == 2 ? Author : "other",
            };
        }
    }

    private static readonly Actor[] Viewers =
        [Actor.Anonymous, Actor.Of(Author, []), Actor.Of("nobody", []), Actor.System];

    private static readonly KnowledgeFilters[] Filters =
    [
        KnowledgeFilters.None, new(Country: " nga "), new(Category: "investigation"), new(Category: "no such"), new(Language: "AR"),
        new(Year: 2016), new(Protocol: "som", Region: "002"), new(Article: "6", Country: "ITA"),
    ];

    private static readonly (string? Query, string Language)[] Queries =
    [
        (null, "en"), ("trafficking in persons", "en"), ("الاتجار بالأشخاص", "ar"), ("\"traite des personnes\"", "fr"),
        ("investigation", "en"), ("nothingmatcheshere", "en"),
    ];

    [Theory, AllDatabases]
    public async Task Pages_order_totals_and_facets_equal_the_in_memory_reference(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await AssertPagesEqualTheReferenceAsync(engine == DatabaseEngine.Postgres
            ? new PostgresKnowledgeIndex(database.ConnectionString)
            : new LuceneKnowledgeIndex(Path.Combine(database.DataDirectory, "index")), engine.ToString());
    }

    /// <summary>A large Lucene index is searched in parts on several cores: split in three, it answers exactly the same.</summary>
    [Fact]
    public async Task A_lucene_search_split_into_parts_equals_the_reference()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Sqlite);
        await AssertPagesEqualTheReferenceAsync(new LuceneKnowledgeIndex(Path.Combine(database.DataDirectory, "index"), searchParts: 3), "lucene in 3 parts");
    }

    /// <summary>
    /// PostgreSQL matches a search's languages on several connections in one exported snapshot, and a large search's
    /// rows are sorted, counted and faceted in parts on several cores: on three connections (more than the cores of a
    /// test machine) and in parts from the first match, it answers exactly the same.
    /// </summary>
    [Fact]
    public async Task A_postgres_search_on_several_connections_and_cores_equals_the_reference()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        await AssertPagesEqualTheReferenceAsync(new PostgresKnowledgeIndex(database.ConnectionString, matchConnections: 3, splitFrom: 1),
            "postgres on 3 connections, in parts");
    }

    private static async Task AssertPagesEqualTheReferenceAsync(IKnowledgeIndex index, string engine)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        try
        {
            var corpus = KnowledgeIndexTests.Corpus.Concat(Generated()).ToList();
            foreach (var chunk in corpus.Chunk(13)) await index.UpsertAsync(chunk, cancellationToken);
            var search = new KnowledgeSearch(index);
            var checkedPages = 0;
            foreach (var (query, language) in Queries)
            foreach (var viewer in Viewers)
            foreach (var filters in Filters)
            foreach (var sort in new[] { KnowledgeSort.Relevance, KnowledgeSort.Date })
            foreach (var (page, pageSize) in new[] { (1, 20), (2, 7), (4, 7), (50, 100) })
            {
                var request = new KnowledgeSearchRequest(KnowledgeKind.Practice, query, language, viewer, filters, sort, page, pageSize);
                var expected = await ReferenceAsync(index, request, cancellationToken);
                var actual = await search.SearchAsync(request, cancellationToken);
                var what = $"{engine} «{query}» {viewer} {filters} {sort} page {page}×{pageSize}";
                Assert.True(expected.Total == actual.Total, $"{what}: total {expected.Total} expected, got {actual.Total}");
                Assert.True(expected.Ids.SequenceEqual(actual.Hits.Select(h => h.Document.Id)),
                    $"{what}: expected {string.Join(",", expected.Ids)}, got {string.Join(",", actual.Hits.Select(h => h.Document.Id))}");
                Assert.Equal(expected.Scores, actual.Hits.Select(h => h.Score));
                Assert.Equal(expected.Facets, Flatten(actual.Facets));
                checkedPages += actual.Hits.Count;
            }
            Assert.True(checkedPages > 1000, $"only {checkedPages} hits compared");

            // More like this: the same as the reference, never the document itself nor what the viewer may not see.
            foreach (var document in corpus.Take(20))
            foreach (var viewer in Viewers)
            {
                var plan = KnowledgeQueryPlanner.MoreLikeThis(document);
                var expected = (await index.MatchAsync(plan.Match, cancellationToken))
                    .Where(m => m.Document.Id != document.Id && viewer.CanSee(m.Document.Status, m.Document.AuthorUserId))
                    .OrderBy(m => Tier(m.Document, plan.Language)).ThenByDescending(m => m.Score).ThenBy(m => m.Document.Id)
                    .Take(5).Select(m => m.Document.Id);
                var actual = await search.MoreLikeThisAsync(document, viewer, cancellationToken: cancellationToken);
                Assert.Equal(expected, actual.Select(h => h.Document.Id));
            }
        }
        finally
        {
            (index as IDisposable)?.Dispose();
        }
    }

    [Theory, AllDatabases]
    public async Task Replacing_everything_leaves_exactly_the_new_documents_searchable(DatabaseEngine engine)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(engine);
        IKnowledgeIndex index = engine == DatabaseEngine.Postgres
            ? new PostgresKnowledgeIndex(database.ConnectionString)
            : new LuceneKnowledgeIndex(Path.Combine(database.DataDirectory, "index"));
        try
        {
            var old = Generated().First() with { Id = Guid.NewGuid(), Title = "Obsolete zebra record", Text = "" };
            await index.UpsertAsync([old], cancellationToken);
            var corpus = Generated().ToList();
            var reported = new List<int>();
            var written = await index.ReplaceAllAsync(corpus.ToAsyncEnumerable(), new SyncProgress(reported), cancellationToken);

            Assert.Equal(corpus.Count, written);
            Assert.Equal(corpus.Count, await index.CountAsync(cancellationToken));
            Assert.Equal(corpus.Count, reported[^1]);
            var search = new KnowledgeSearch(index);
            var zebra = await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, "zebra", "en", Actor.System), cancellationToken);
            Assert.Equal(0, zebra.Total);
            var all = await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.System), cancellationToken);
            Assert.Equal(corpus.Count, all.Total);
            Assert.Equal(corpus.Count, all.Facets["language"].Sum(f => f.Count));
        }
        finally
        {
            (index as IDisposable)?.Dispose();
        }
    }

    /// <summary>Records every report at once (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }

    private static List<string> Flatten(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets) =>
        [.. KnowledgeSearch.FacetNames.SelectMany(name => facets[name].Select(v => $"{name}={v.Value}:{v.Count}").DefaultIfEmpty($"{name} (none)"))];

    private static int Tier(KnowledgeDocument document, string language) =>
        string.Equals(document.Language, language, StringComparison.Ordinal) ? 0 : 1;

    /// <summary>The search as it was done in memory over every match before paging moved into the engines.</summary>
    private static async Task<(int Total, List<Guid> Ids, List<double> Scores, List<string> Facets)> ReferenceAsync(IKnowledgeIndex index, KnowledgeSearchRequest request,
        CancellationToken cancellationToken)
    {
        var plan = KnowledgeQueryPlanner.Plan(request.Kind, request.Query, request.Language);
        var f = request.Filters ?? KnowledgeFilters.None;
        var visible = (await index.MatchAsync(plan.Match, cancellationToken))
            .Where(m => request.Viewer.CanSee(m.Document.Status, m.Document.AuthorUserId))
            .Where(m => Passes(m.Document, f))
            .ToList();
        var ordered = request.Sort == KnowledgeSort.Date || plan.Match.MatchAll
            ? visible.OrderByDescending(m => m.Document.Date).ThenBy(m => m.Document.Id)
            : visible.OrderBy(m => Tier(m.Document, plan.Language)).ThenByDescending(m => m.Score).ThenByDescending(m => m.Document.Date).ThenBy(m => m.Document.Id);
        var page = ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var documents = visible.Select(m => m.Document).ToList();
        var facets = new Dictionary<string, IEnumerable<IEnumerable<string>>>(StringComparer.Ordinal)
        {
            ["category"] = documents.Select(d => d.Category is null ? [] : new[] { d.Category }),
            ["protocol"] = documents.Select(d => d.Protocols),
            ["article"] = documents.Select(d => d.Articles),
            ["region"] = documents.Select(d => d.Regions),
            ["country"] = documents.Select(d => d.Countries),
            ["language"] = documents.Select(d => new[] { d.Language }),
            ["year"] = documents.Select(d => d.Year is { } y ? new[] { y.ToString(CultureInfo.InvariantCulture) } : []),
        };
        var flat = KnowledgeSearch.FacetNames.SelectMany(name => facets[name]
                .SelectMany(values => values.Distinct(StringComparer.Ordinal))
                .GroupBy(v => v, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Count: g.Count()))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .Select(v => $"{name}={v.Value}:{v.Count}")
                .DefaultIfEmpty($"{name} (none)"))
            .ToList();
        return (visible.Count, [.. page.Select(m => m.Document.Id)], [.. page.Select(m => m.Score)], flat);
    }

    private static bool Passes(KnowledgeDocument d, KnowledgeFilters f) =>
        (f.Category is null || string.Equals(d.Category, KnowledgeCategories.TryParse(f.Category, out var c) ? c.Code() : "\0unknown", StringComparison.Ordinal))
        && Has(d.Protocols, f.Protocol)
        && Has(d.Articles, f.Article)
        && Has(d.Regions, f.Region)
        && Has(d.Countries, f.Country)
        && (f.Language is null || string.Equals(d.Language, f.Language, StringComparison.OrdinalIgnoreCase))
        && (f.Year is null || d.Year == f.Year);

    private static bool Has(IReadOnlyList<string> values, string? wanted) =>
        wanted is null || values.Contains(wanted.Trim(), StringComparer.OrdinalIgnoreCase);
}
