using Palermo.Access;
using Npgsql;
using Palermo.Knowledge;
using Palermo.Search.Knowledge;
using Palermo.Testing;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>
/// Several web nodes share one PostgreSQL index, each keeping its own copy of the rows' small values: what one node
/// writes, the others see at their next search — visibility, facets and totals alike.
/// </summary>
public class PostgresSharedIndexTests
{
    [Fact]
    public async Task A_change_written_by_one_node_is_what_the_other_node_searches_next()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        using var nodeA = new PostgresKnowledgeIndex(database.ConnectionString);
        using var nodeB = new PostgresKnowledgeIndex(database.ConnectionString);
        var search = new KnowledgeSearch(nodeA);
        var corpus = KnowledgeIndexTests.Corpus;
        await nodeB.UpsertAsync(corpus, cancellationToken);
        var request = new KnowledgeSearchRequest(KnowledgeKind.Practice, "trafficking in persons", "en", Actor.Anonymous);

        var before = await search.SearchAsync(request, cancellationToken);
        Assert.Contains(before.Hits, h => h.Document.Id == corpus[2].Id);
        Assert.Contains(before.Facets["country"], f => f.Value == "NGA");

        // Node B withdraws document 3 and moves document 4 (France's) to Morocco.
        await nodeB.UpsertAsync([corpus[2] with { Status = KnowledgeStatus.Draft }, corpus[3] with { Countries = ["MAR"] }], cancellationToken);
        var after = await search.SearchAsync(request, cancellationToken);
        Assert.DoesNotContain(after.Hits, h => h.Document.Id == corpus[2].Id);
        Assert.Equal(before.Total - 1, after.Total);
        Assert.Equal(1, Assert.Single(after.Facets["country"], f => f.Value == "MAR").Count);
        Assert.DoesNotContain(after.Facets["country"], f => f.Value == "ITA");
        Assert.Equal("MAR", Assert.Single(after.Hits, h => h.Document.Id == corpus[3].Id).Document.Countries.Single());

        // Node B rebuilds everything with one record fewer: node A answers from the new rows only.
        await nodeB.ReplaceAllAsync(corpus.Skip(1).ToAsyncEnumerable(), cancellationToken: cancellationToken);
        var rebuilt = await search.SearchAsync(request, cancellationToken);
        Assert.DoesNotContain(rebuilt.Hits, h => h.Document.Id == corpus[0].Id);
        Assert.Contains(rebuilt.Hits, h => h.Document.Id == corpus[2].Id); // published again, as in the rebuilt corpus
        Assert.Equal(rebuilt.Total, rebuilt.Facets["language"].Sum(f => f.Count));
    }

    [Fact]
    public async Task A_node_forgets_the_rows_that_writes_left_behind()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        using var node = new PostgresKnowledgeIndex(database.ConnectionString, staleRowsFloor: 0);
        var search = new KnowledgeSearch(node);
        var corpus = KnowledgeIndexTests.Corpus;
        await node.UpsertAsync(corpus, cancellationToken);
        var everything = new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.System);
        var held = new List<int>();
        for (var write = 0; write < 10; write++)
        {
            await node.UpsertAsync(corpus.Take(2).ToList(), cancellationToken); // two rows get new ords
            var result = await search.SearchAsync(everything, cancellationToken);
            Assert.Equal(corpus.Length, result.Total);
            Assert.Equal(corpus.Length, result.Facets["language"].Sum(f => f.Count));
            held.Add(node.HeldRows);
        }
        // Without forgetting, the copy would hold 13, 15, … 31 rows for 11 in the table.
        Assert.All(held, count => Assert.InRange(count, 0, 2 * corpus.Length));
        Assert.Contains(held.Zip(held.Skip(1)), pair => pair.Second < pair.First);
    }

    /// <summary>Rows are partitioned by language: a record whose language changes moves, and is never there twice.</summary>
    [Fact]
    public async Task A_record_whose_language_changes_is_found_in_its_new_language_only()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        using var node = new PostgresKnowledgeIndex(database.ConnectionString);
        var search = new KnowledgeSearch(node);
        var corpus = KnowledgeIndexTests.Corpus;
        await node.UpsertAsync(corpus, cancellationToken);
        var english = corpus.First(d => d.Language == "en" && d.Status == KnowledgeStatus.Published);
        var everything = new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.System);
        var before = await search.SearchAsync(everything, cancellationToken);

        await node.UpsertAsync([english with { Language = "fr", Title = "Enquête conjointe", Summary = "", Text = "Enquête conjointe" }], cancellationToken);

        Assert.Equal(corpus.Length, await node.CountAsync(cancellationToken));
        var after = await search.SearchAsync(everything, cancellationToken);
        Assert.Equal(before.Total, after.Total);
        int Count(KnowledgeSearchResult result, string language) => result.Facets["language"].SingleOrDefault(f => f.Value == language)?.Count ?? 0;
        Assert.Equal(Count(before, "fr") + 1, Count(after, "fr"));
        Assert.Equal(Count(before, "en") - 1, Count(after, "en"));
        var french = await search.SearchAsync(new KnowledgeSearchRequest(KnowledgeKind.Practice, "enquête conjointe", "fr", Actor.Anonymous), cancellationToken);
        Assert.Equal("fr", Assert.Single(french.Hits, h => h.Document.Id == english.Id).Document.Language);
    }

    /// <summary>Two nodes writing the same record at once leave one row of it, not two.</summary>
    [Fact]
    public async Task Concurrent_writes_of_one_record_leave_one_row()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        using var nodeA = new PostgresKnowledgeIndex(database.ConnectionString);
        using var nodeB = new PostgresKnowledgeIndex(database.ConnectionString);
        var corpus = KnowledgeIndexTests.Corpus;
        await nodeA.UpsertAsync(corpus, cancellationToken);
        for (var round = 0; round < 10; round++)
        {
            // Alternating languages, so that the two writes also go to different partitions.
            await Task.WhenAll(
                nodeA.UpsertAsync([corpus[0] with { Language = "en" }], cancellationToken),
                nodeB.UpsertAsync([corpus[0] with { Language = "es" }], cancellationToken));
        }
        Assert.Equal(corpus.Length, await nodeA.CountAsync(cancellationToken));
        var all = await new KnowledgeSearch(nodeB).SearchAsync(
            new KnowledgeSearchRequest(KnowledgeKind.Practice, null, "en", Actor.System), cancellationToken);
        Assert.Equal(corpus.Length, all.Total);
    }

    /// <summary>A table of an earlier layout is dropped at start, so that the start-up check (counts differ) rebuilds it.</summary>
    [Fact]
    public async Task A_search_table_of_an_earlier_layout_is_replaced()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("""
                CREATE TABLE knowledge_search (id uuid PRIMARY KEY, language text NOT NULL, terms tsvector NOT NULL);
                INSERT INTO knowledge_search VALUES (gen_random_uuid(), 'en', 'old');
                COMMENT ON TABLE knowledge_search IS 'palermo-knowledge-search 4 (ord)';
                """, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        using var node = new PostgresKnowledgeIndex(database.ConnectionString);
        Assert.Equal(0, await node.CountAsync(cancellationToken));
        var corpus = KnowledgeIndexTests.Corpus;
        await node.UpsertAsync(corpus, cancellationToken);
        Assert.Equal(corpus.Length, await node.CountAsync(cancellationToken));
    }

    /// <summary>
    /// A search holds its first connection while it waits for the ones that match its other languages: those come from a
    /// pool of their own, or enough concurrent searches would each hold one connection and wait for a second until
    /// they time out. Here the first pool has 4 connections and 24 cross-language searches run at once.
    /// </summary>
    [Fact]
    public async Task Concurrent_searches_never_wait_on_each_other_for_connections()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseEngine.Postgres);
        using var node = new PostgresKnowledgeIndex(database.ConnectionString + ";Maximum Pool Size=4;Timeout=5", matchConnections: 3);
        await node.UpsertAsync(KnowledgeIndexTests.Corpus, cancellationToken);
        var search = new KnowledgeSearch(node);
        var request = new KnowledgeSearchRequest(KnowledgeKind.Practice, "trafficking in persons", "en", Actor.Anonymous);
        var expected = (await search.SearchAsync(request, cancellationToken)).Total;

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => search.SearchAsync(request, cancellationToken), cancellationToken)));

        Assert.All(results, r => Assert.Equal(expected, r.Total));
        Assert.True(expected > 1, $"only {expected} hits");
    }
}
