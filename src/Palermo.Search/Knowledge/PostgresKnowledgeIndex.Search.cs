using System.Data;
using System.Globalization;
using System.Text;
using Npgsql;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

public sealed partial class PostgresKnowledgeIndex
{
    // Above this many rows unknown to this node in one search, the node's copy is mostly rows of a past rebuild; below
    // this many rows held, old rows are never counted.
    private const int DefaultStaleRowsFloor = 1000;
    private readonly int _staleRowsFloor = DefaultStaleRowsFloor;

    // How many connections share the statements of one search's languages: one per core of this node, taken as a guess
    // at what the database server can run side by side (on one connection, a broad search takes the sum of six).
    private readonly int _matchConnections = Environment.ProcessorCount;

    private readonly PostgresKnowledgeRows _rows = new();

    // How many rows the copy held when the table's rows were last counted (see RowsAsync).
    private int _rowsCheckedAt;

    /// <summary>How many rows this node's copy holds (for tests).</summary>
    internal int HeldRows => _rows.Count;

    /// <summary>A clause of a query as SQL parameters: documents in <paramref name="Language"/> matching <paramref name="TsQuery"/>.</summary>
    private sealed record TextClause(string Language, string TsQuery);

    /// <summary>
    /// PostgreSQL does what its full-text index is for: which rows match (one GIN-indexed statement per language,
    /// disjoint, so no row is tested twice) and, for relevance, the rank of the same-language matches. Visibility,
    /// filters, counts, facets and order are read from this node's copy of each row's small values
    /// (<see cref="PostgresKnowledgeRows"/>). Other languages' matches are ranked only when the page reaches past the
    /// same-language ones; only the page's rows bring their stored document. One REPEATABLE READ snapshot throughout,
    /// shared by the connections that match languages side by side.
    /// </summary>
    public async Task<KnowledgePage> SearchAsync(KnowledgePageQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        var clauses = TextClauses(query.Match);
        if (!query.Match.MatchAll && clauses.Count == 0) return new KnowledgePage(0, [], new KnowledgeFacetCounts().ToFacets());
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        if (clauses.Count > 0) await ExecuteAsync(connection, PreferTextIndex, cancellationToken);

        var ranked = query.Order != KnowledgeOrder.Date && !query.Match.MatchAll;
        var (ords, scores) = await MatchSideBySideAsync(connection, query, clauses, ranked, cancellationToken);
        var rows = await RowsAsync(connection, ords, cancellationToken);

        var (visible, sameLanguage, counts) = Visible(rows, query);

        var keep = (int)Math.Min(int.MaxValue, (long)query.Skip + query.Take);
        if (ranked && sameLanguage < keep && sameLanguage < visible.Length)
        {
            var others = visible.Where(i => rows[i].Language != query.Language).ToList();
            var ranks = await RanksAsync(connection, clauses, [.. others.Select(i => ords[i])], cancellationToken);
            foreach (var i in others) scores[i] = (float)ranks[ords[i]].Score;
        }
        var bests = new KnowledgePageEntries[PartsFor(visible.Length)];
        InParts(visible.Length, bests.Length, (part, from, to) =>
        {
            var best = bests[part] = new KnowledgePageEntries(query.Order, keep);
            for (var k = from; k < to; k++)
            {
                var i = visible[k];
                var row = rows[i];
                best.Offer(new KnowledgeEntry(i, row.Language == query.Language ? 0 : 1, scores[i], row.DateTicks, row.IdHigh, row.IdLow));
            }
        });
        foreach (var other in bests.Skip(1)) bests[0].Absorb(other);
        var page = bests[0].Page(query.Skip);
        var documents = await RanksAsync(connection, query.Match.MatchAll ? [] : clauses, [.. page.Select(e => ords[e.Doc])], cancellationToken,
            withDocument: true);
        var matches = page.Select(e => documents[ords[e.Doc]])
            .Select(d => new KnowledgeMatch(KnowledgeDocumentJson.Read(d.Document!), query.Match.MatchAll ? 0 : d.Score)).ToList();
        return new KnowledgePage(visible.Length, matches, Facets(counts));
    }

    // From this many matches, the work on this node's copy of the rows is shared among the cores (at least two parts).
    private const int DefaultSplitFrom = 20_000;
    private readonly int _splitFrom = DefaultSplitFrom;

    private int PartsFor(int count) => count >= _splitFrom ? Math.Clamp(Environment.ProcessorCount, 2, 4) : 1;

    /// <summary>Runs <paramref name="body"/>(part, from, to) over <paramref name="parts"/> consecutive ranges of 0..<paramref name="count"/>, side by side.</summary>
    private static void InParts(int count, int parts, Action<int, int, int> body)
    {
        if (parts <= 1)
        {
            body(0, 0, count);
            return;
        }
        Parallel.For(0, parts, part => body(part, (int)((long)count * part / parts), (int)((long)count * (part + 1) / parts)));
    }

    /// <summary>
    /// The indexes of the rows the viewer may see that pass the filters (in order), how many are in the query's language,
    /// and each facet slot's count among them (null without facets).
    /// </summary>
    private (int[] Visible, int SameLanguage, int[]? Counts) Visible(PostgresKnowledgeRows.Row[] rows, KnowledgePageQuery query)
    {
        var filter = new SlotFilter(_rows, KnowledgeFacetFilters.Of(query));
        var slotCount = _rows.SlotCount; // every slot of the rows read so far is below it
        var parts = PartsFor(rows.Length);
        var visible = new List<int>[parts];
        var sameLanguage = new int[parts];
        var counts = new int[]?[parts];
        InParts(rows.Length, parts, (part, from, to) =>
        {
            var mine = visible[part] = new List<int>(to - from);
            var tally = counts[part] = query.WithFacets ? new int[slotCount] : null;
            for (var i = from; i < to; i++)
            {
                var row = rows[i];
                if (!(query.Viewer.IsSecretariat || row.Published || (query.Viewer.UserId is { } user && string.Equals(row.Author, user, StringComparison.Ordinal)))
                    || row.Id == query.Exclude || !filter.Passes(row)) continue;
                mine.Add(i);
                if (row.Language == query.Language) sameLanguage[part]++;
                if (tally is not null) foreach (var slot in row.Slots) tally[slot]++;
            }
        });
        var total = counts[0];
        if (total is not null)
            foreach (var other in counts.Skip(1))
                for (var slot = 0; slot < total.Length; slot++) total[slot] += other![slot];
        return ([.. visible.SelectMany(v => v)], sameLanguage.Sum(), total);
    }

    private static List<TextClause> TextClauses(KnowledgeMatchQuery match) =>
        match.MatchAll ? [] : [.. match.Clauses.Select(c => TsQuery(c.Groups) is { } q ? new TextClause(c.Language, q) : null).OfType<TextClause>()];

    /// <summary>
    /// The planner takes a scan of the whole language's partition for a term in half its rows, testing every row's
    /// tsvector (two to three times slower, measured, than reading the GIN index's matches); a search's text matches
    /// always go through the index.
    /// </summary>
    private const string PreferTextIndex = "SET LOCAL enable_seqscan = off";

    /// <summary>
    /// <see cref="MatchAsync"/> with the language clauses dealt out to up to <see cref="_matchConnections"/> connections
    /// (as many side connections as are free), the others in <paramref name="connection"/>'s snapshot (exported to them),
    /// so that every statement sees the same rows.
    /// </summary>
    private async Task<(long[] Ords, float[] Scores)> MatchSideBySideAsync(NpgsqlConnection connection, KnowledgePageQuery query,
        List<TextClause> clauses, bool ranked, CancellationToken cancellationToken)
    {
        var side = 0;
        while (side + 1 < Math.Min(_matchConnections, clauses.Count) && _sideConnections.Wait(0)) side++;
        try
        {
            if (side == 0) return await MatchAsync(connection, query, clauses, ranked, cancellationToken);
            var parts = side + 1;
            string snapshot;
            await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection))
                snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
            var shares = Enumerable.Range(0, parts).Select(p => clauses.Where((_, i) => i % parts == p).ToList()).ToList();
            var results = await Task.WhenAll(shares.Select((share, p) => p == 0
                ? MatchAsync(connection, query, share, ranked, cancellationToken)
                : MatchInSnapshotAsync(snapshot, query, share, ranked, cancellationToken)));
            return ([.. results.SelectMany(r => r.Ords)], [.. results.SelectMany(r => r.Scores)]);
        }
        finally
        {
            if (side > 0) _sideConnections.Release(side);
        }
    }

    private async Task<(long[] Ords, float[] Scores)> MatchInSnapshotAsync(string snapshot, KnowledgePageQuery query,
        List<TextClause> clauses, bool ranked, CancellationToken cancellationToken)
    {
        await using var connection = await _sideDataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var import = new NpgsqlCommand($"SET TRANSACTION SNAPSHOT '{snapshot.Replace("'", "''", StringComparison.Ordinal)}'", connection))
            await import.ExecuteNonQueryAsync(cancellationToken);
        await ExecuteAsync(connection, PreferTextIndex, cancellationToken);
        return await MatchAsync(connection, query, clauses, ranked, cancellationToken);
    }

    /// <summary>The ords of the matching rows, with their rank when ranked and in the query's language (else 0).</summary>
    private static async Task<(long[] Ords, float[] Scores)> MatchAsync(NpgsqlConnection connection, KnowledgePageQuery query,
        List<TextClause> clauses, bool ranked, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand { Connection = connection };
        var kind = "";
        if (query.Match.Kind is { } k)
        {
            command.Parameters.AddWithValue("kind", k.Code());
            kind = "kind = @kind AND ";
        }
        var sql = new StringBuilder("SELECT array_agg(ord), array_agg(score) FROM (");
        if (query.Match.MatchAll) sql.Append(CultureInfo.InvariantCulture, $"SELECT ord, 0::real AS score FROM {Table}{(kind.Length > 0 ? " WHERE kind = @kind" : "")}");
        for (var n = 0; n < clauses.Count; n++)
        {
            command.Parameters.AddWithValue($"l{n}", clauses[n].Language);
            command.Parameters.AddWithValue($"q{n}", clauses[n].TsQuery);
            var score = ranked && clauses[n].Language == query.Language ? $"ts_rank(terms, @q{n}::tsquery)" : "0::real";
            if (n > 0) sql.Append(" UNION ALL ");
            sql.Append(CultureInfo.InvariantCulture, $"SELECT ord, {score} AS score FROM {LanguageRows(n, clauses[n].Language)} AND terms @@ @q{n}::tsquery");
        }
        command.CommandText = sql.Append(") m").ToString();

        // A language's own partition is named directly: through the parent, PostgreSQL plans all seven partitions
        // before pruning six (about 1.4 ms a statement) and tests the language of every matching row again.
        string LanguageRows(int n, string language) => SearchLanguages.Codes.Contains(language, StringComparer.Ordinal)
            ? $"{Table}_{language} WHERE {kind}true"
            : $"{Table} WHERE {kind}language = @l{n}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.IsDBNull(0) ? ([], []) : (reader.GetFieldValue<long[]>(0), reader.GetFieldValue<float[]>(1));
    }

    /// <summary>Each ord's row: from this node's copy, the others read from the table (in the search's snapshot) and kept.</summary>
    private async Task<PostgresKnowledgeRows.Row[]> RowsAsync(NpgsqlConnection connection, long[] ords, CancellationToken cancellationToken)
    {
        var rows = new PostgresKnowledgeRows.Row[ords.Length];
        var parts = PartsFor(ords.Length);
        var unknown = new List<int>[parts];
        InParts(ords.Length, parts, (part, from, to) =>
        {
            var mine = unknown[part] = [];
            for (var i = from; i < to; i++)
                if (!_rows.TryGet(ords[i], out rows[i])) mine.Add(i);
        });
        var missing = unknown.SelectMany(u => u).ToDictionary(i => ords[i]);
        if (missing.Count == 0) return rows;
        if (missing.Count > _staleRowsFloor && missing.Count * 2 > _rows.Count) _rows.Clear(); // another node rebuilt the index

        await using (var command = new NpgsqlCommand(
            $"SELECT ord, id, language, status, author, date_ticks, facets FROM {Table} WHERE ord = ANY(@ords)", connection))
        {
            command.Parameters.AddWithValue("ords", missing.Keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var ord = reader.GetInt64(0);
                rows[missing[ord]] = _rows.Add(ord, reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5), reader.GetFieldValue<string[]>(6));
            }
        }
        await ForgetOldRowsAsync(connection, cancellationToken);
        return rows;
    }

    /// <summary>
    /// Every write leaves the row's previous ord behind in each node's copy. When the copy has grown by half since the
    /// rows were last counted and holds half again as many rows as the table, it starts afresh (searches under way
    /// keep the rows they hold).
    /// </summary>
    private async Task ForgetOldRowsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var held = _rows.Count;
        if (held < Math.Max(_staleRowsFloor, _rowsCheckedAt + _rowsCheckedAt / 2)) return;
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {Table}", connection);
        var live = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (held > live + live / 2 + _staleRowsFloor) _rows.Clear();
        _rowsCheckedAt = _rows.Count;
    }

    /// <summary>
    /// The rank of each row of <paramref name="ords"/> under its language's clause (0 without clauses), and its stored
    /// document when <paramref name="withDocument"/>.
    /// </summary>
    private static async Task<Dictionary<long, (float Score, string? Document)>> RanksAsync(NpgsqlConnection connection, List<TextClause> clauses,
        long[] ords, CancellationToken cancellationToken, bool withDocument = false)
    {
        var result = new Dictionary<long, (float, string?)>();
        if (ords.Length == 0) return result;
        await using var command = new NpgsqlCommand { Connection = connection };
        command.Parameters.AddWithValue("ords", ords);
        var rank = new StringBuilder(clauses.Count == 0 ? "0::real" : "CASE language");
        for (var n = 0; n < clauses.Count; n++)
        {
            command.Parameters.AddWithValue($"l{n}", clauses[n].Language);
            command.Parameters.AddWithValue($"q{n}", clauses[n].TsQuery);
            rank.Append(CultureInfo.InvariantCulture, $" WHEN @l{n} THEN ts_rank(terms, @q{n}::tsquery)");
        }
        if (clauses.Count > 0) rank.Append(" ELSE 0::real END");
        command.CommandText = withDocument
            ? $"SELECT ord, {rank}, document::text FROM {Table} JOIN {Documents} USING (id) WHERE ord = ANY(@ords)"
            : $"SELECT ord, {rank}, NULL::text FROM {Table} WHERE ord = ANY(@ords)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result[reader.GetInt64(0)] = (reader.GetFloat(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        return result;
    }

    private IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(int[]? counts)
    {
        var facets = new KnowledgeFacetCounts();
        if (counts is null) return facets.ToFacets();
        for (var slot = 0; slot < counts.Length; slot++)
        {
            if (counts[slot] == 0) continue;
            var (facet, value) = _rows.SlotAt(slot);
            if (facet >= 0) facets.Add(KnowledgeFacetCounts.Names[facet], value, counts[slot]);
        }
        return facets.ToFacets();
    }

    /// <summary>A page query's facet filters as a test of a row's slots: each filtered facet needs one of its values to pass.</summary>
    private sealed class SlotFilter
    {
        private readonly bool[] _passes;
        private readonly int[] _facetOf;
        private readonly int[] _filtered;

        public SlotFilter(PostgresKnowledgeRows rows, Func<string, bool>?[] filters)
        {
            var count = rows.SlotCount;
            _passes = new bool[count];
            _facetOf = new int[count];
            for (var slot = 0; slot < count; slot++)
            {
                var (facet, value) = rows.SlotAt(slot);
                _facetOf[slot] = facet;
                _passes[slot] = facet >= 0 && filters[facet] is { } passes && passes(value);
            }
            _filtered = [.. Enumerable.Range(0, filters.Length).Where(i => filters[i] is not null)];
        }

        public bool Passes(PostgresKnowledgeRows.Row row)
        {
            foreach (var facet in _filtered)
            {
                var any = false;
                foreach (var slot in row.Slots) any |= _facetOf[slot] == facet && _passes[slot];
                if (!any) return false;
            }
            return true;
        }
    }
}
