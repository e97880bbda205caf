using Palermo.Access;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Testing;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>Both backends, the same corpus and the same queries: the same hits. Lucene on the SQLite row, PostgreSQL full-text on the other.</summary>
public class KnowledgeIndexTests
{
    private const string Author = "author-1";

    private static KnowledgeDocument Doc(int n, string language, string title, string text, KnowledgeStatus status = KnowledgeStatus.Published,
        string category = "investigation", string country = "NGA") => new()
    {
        Id = new Guid(n, 0, 0, new byte[8]),
        Kind = KnowledgeKind.Practice,
        Language = language,
        Title = title,
        Text = text,
        Category = category,
        Countries = [country],
        Protocols = ["TIP"],
        Year = 2020 + n % 5,
        Date = DateTimeOffset.UnixEpoch.AddDays(n),
        Status = status,
        AuthorUserId = Author,
    };

    public static readonly KnowledgeDocument[] Corpus =
    [
        Doc(1, "ar", "التحقيق في الاتجار بالأشخاص", "فريق تحقيق مشترك فكك شبكة للاتجار بالأشخاص عبر الحدود."),
        Doc(2, "ar", "حماية الضحايا", "تقدم الملاجئ المساعدة للضحايا وتحيلهم إلى الخدمات.", category: "protection-and-assistance", country: "EGY"),
        Doc(3, "en", "Financial investigation of trafficking in persons", "Following the money led prosecutors to the network behind trafficking in persons."),
        Doc(4, "fr", "La traite des personnes en Méditerranée", "Une équipe commune d'enquête a démantelé un réseau de traite des personnes.", country: "ITA"),
        Doc(5, "en", "Smuggling of migrants at sea", "Coast guards rescued smuggled migrants and interviewed them.", category: "international-cooperation"),
        Doc(6, "es", "Trata de personas en la frontera", "La fiscalía identificó a víctimas de trata de personas.", country: "MEX"),
        Doc(7, "ru", "Торговля людьми и трудовая эксплуатация", "Инспекторы труда выявили жертв торговли людьми."),
        Doc(8, "zh", "打击贩运人口", "联合调查组破获了一个贩运人口网络。"),
        Doc(9, "en", "Draft: trafficking in persons hotline", "An unpublished note on trafficking in persons.", KnowledgeStatus.Submitted),
        // The words of the glossary phrases, but never side by side: found by words, not by the exact phrase.
        Doc(10, "en", "Persons at risk", "Trafficking harms young persons.") with { Date = DateTimeOffset.UnixEpoch },
        Doc(11, "ar", "الأشخاص المعرضون للخطر", "يستهدف الاتجار فئات من الأشخاص المستضعفين.") with { Date = DateTimeOffset.UnixEpoch },
    ];

    private static readonly (string Query, string Language, Guid[] Expected)[] Queries =
    [
        ("الاتجار بالأشخاص", "ar", [Id(1), Id(11), Id(3), Id(10), Id(4), Id(6), Id(7), Id(8), Id(9)]),
        ("ضحايا", "ar", [Id(2)]),
        ("trafficking in persons", "en", [Id(3), Id(9), Id(10), Id(1), Id(11), Id(4), Id(6), Id(7), Id(8)]),
        ("smuggled migrants", "en", [Id(5)]),
        ("traite des personnes", "fr", [Id(4), Id(1), Id(11), Id(3), Id(10), Id(6), Id(7), Id(8), Id(9)]),
        // Exact phrases: the same words apart (10, 11) no longer match, in the query's language or through the glossary.
        ("\"traite des personnes\"", "fr", [Id(4), Id(1), Id(3), Id(6), Id(7), Id(8), Id(9)]),
        ("« traite des personnes »", "fr", [Id(4), Id(1), Id(3), Id(6), Id(7), Id(8), Id(9)]),
        ("«الاتجار بالأشخاص»", "ar", [Id(1), Id(3), Id(4), Id(6), Id(7), Id(8), Id(9)]),
        ("\"trafficking in persons\"", "en", [Id(3), Id(9), Id(1), Id(4), Id(6), Id(7), Id(8)]),
        ("\"persons trafficking\"", "en", []),
        ("\"trafficking harms\" young", "en", [Id(10)]),
        // Not in the Russian document as a phrase; its glossary term is still looked for, as a phrase, in the other languages.
        ("\"дела торговли людьми\"", "ru", [Id(1), Id(3), Id(4), Id(6), Id(8), Id(9)]),
        ("“联合调查组”", "zh", [Id(8)]),
        ("víctimas", "es", [Id(6), Id(7)]),
        ("nothingmatcheshere", "en", []),
    ];

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);

    private static async Task<(IKnowledgeIndex Index, Func<ValueTask> Dispose)> OpenAsync(DatabaseEngine engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        IKnowledgeIndex index = engine == DatabaseEngine.Postgres
            ? new PostgresKnowledgeIndex(database.ConnectionString)
            : new LuceneKnowledgeIndex(Path.Combine(database.DataDirectory, "index"));
        await index.UpsertAsync(Corpus, TestContext.Current.CancellationToken);
        return (index, async () =>
        {
            (index as IDisposable)?.Dispose();
            await database.DisposeAsync();
        });
    }

    [Theory, AllDatabases]
    public async Task Both_engines_give_the_same_hits_for_every_query(DatabaseEngine engine)
    {
        var (index, dispose) = await OpenAsync(engine);
        try
        {
            Assert.Equal(Corpus.Length, await index.CountAsync(TestContext.Current.CancellationToken));
            foreach (var (query, language, expected) in Queries)
            {
                var plan = KnowledgeQueryPlanner.Plan(KnowledgeKind.Practice, query, language);
                var hits = (await index.MatchAsync(plan.Match, TestContext.Current.CancellationToken)).Select(m => m.Document.Id).Order().ToList();
                Assert.True(expected.Order().SequenceEqual(hits), $"{engine} «{query}»: expected {string.Join(",", expected.Order())}, got {string.Join(",", hits)}");
            }
        }
        finally
        {
            await dispose();
        }
    }

    [Theory, AllDatabases]
    public async Task An_arabic_query_finds_the_english_document_ranked_below_arabic_ones(DatabaseEngine engine)
    {
        var (index, dispose) = await OpenAsync(engine);
        try
        {
            var result = await new KnowledgeSearch(index).SearchAsync(
                new KnowledgeSearchRequest(KnowledgeKind.Practice, "الاتجار بالأشخاص", "ar", Actor.Anonymous), TestContext.Current.CancellationToken);
            var ids = result.Hits.Select(h => h.Document.Id).ToList();
            Assert.Equal([Id(1), Id(11)], ids.Take(2).Order());
            Assert.Contains(Id(3), ids);
            Assert.All(result.Hits.Skip(2), h => Assert.NotEqual("ar", h.Document.Language));
            Assert.Contains("<mark>", result.Hits.Single(h => h.Document.Id == Id(3)).Snippet, StringComparison.Ordinal);
        }
        finally
        {
            await dispose();
        }
    }

    [Theory, AllDatabases]
    public async Task Unpublished_documents_are_out_of_hits_facets_and_counts_except_for_author_and_secretariat(DatabaseEngine engine)
    {
        var (index, dispose) = await OpenAsync(engine);
        try
        {
            var search = new KnowledgeSearch(index);
            async Task<KnowledgeSearchResult> As(Actor viewer) =>
                await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, "hotline", "en", viewer), TestContext.Current.CancellationToken);

            var anonymous = await As(Actor.Anonymous);
            Assert.Equal(0, anonymous.Total);
            Assert.All(anonymous.Facets.Values, Assert.Empty);
            Assert.Equal(0, (await As(Actor.Of("someone-else", []))).Total);
            Assert.Equal(1, (await As(Actor.Of(Author, []))).Total);
            var secretariat = await As(Actor.System);
            Assert.Equal(1, secretariat.Total);
            Assert.Equal(1, Assert.Single(secretariat.Facets["country"]).Count);
        }
        finally
        {
            await dispose();
        }
    }

    [Theory, AllDatabases]
    public async Task Facets_paging_and_more_like_this(DatabaseEngine engine)
    {
        var (index, dispose) = await OpenAsync(engine);
        try
        {
            var search = new KnowledgeSearch(index);
            var all = await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.Anonymous,
                Sort: KnowledgeSort.Date, PageSize: 3), TestContext.Current.CancellationToken);
            Assert.Equal(10, all.Total);
            Assert.Equal(3, all.Hits.Count);
            Assert.Equal(Id(8), all.Hits[0].Document.Id);
            Assert.Equal(10, all.Facets["language"].Sum(f => f.Count));
            var filtered = await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.Anonymous,
                new KnowledgeFilters(Country: "ITA")), TestContext.Current.CancellationToken);
            Assert.Equal(Id(4), Assert.Single(filtered.Hits).Document.Id);

            var similar = await search.MoreLikeThisAsync(Corpus[2], Actor.Anonymous, cancellationToken: TestContext.Current.CancellationToken);
            Assert.DoesNotContain(similar, h => h.Document.Id == Id(3) || h.Document.Id == Id(9));
            Assert.NotEmpty(similar);
        }
        finally
        {
            await dispose();
        }
    }
}
