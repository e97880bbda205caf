using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// The server backend: PostgreSQL full-text search fed by the .NET analysis. Each document's analyzed terms are stored
/// as a tsvector and queries are tsqueries of analyzed terms, so PostgreSQL does no stemming of its own and agrees with
/// Lucene on what matches. Several web nodes share it through the database.
/// </summary>
/// <remarks>
/// The search rows are partitioned by language and hold no document (documents are in a table of their own, read only
/// for a page): a search asks one GIN-indexed statement per language, each reads only its language's partition, and a
/// row small enough to stay uncompressed in its page is matched and ranked without decompressing anything. With the
/// document in the same row, matching and ranking the same 100,000 records took two to three times as long.
/// </remarks>
public sealed partial class PostgresKnowledgeIndex(string connectionString) : IKnowledgeIndex, IDisposable
{
    /// <param name="staleRowsFloor">See <see cref="_staleRowsFloor"/>; tests lower it.</param>
    /// <param name="matchConnections">See <see cref="_matchConnections"/>; tests raise it.</param>
    /// <param name="splitFrom">See <see cref="_splitFrom"/>; tests lower it.</param>
    internal PostgresKnowledgeIndex(string connectionString, int staleRowsFloor = DefaultStaleRowsFloor, int? matchConnections = null,
        int splitFrom = DefaultSplitFrom) : this(connectionString)
    {
        _staleRowsFloor = staleRowsFloor;
        _matchConnections = matchConnections ?? _matchConnections;
        _splitFrom = splitFrom;
    }

    private const string Table = "knowledge_search";
    private const string SchemaVersion = "palermo-knowledge-search 6 (stamps)";
    private const string Documents = "knowledge_search_documents";
    private const string OrdSequence = "knowledge_search_ord";
    private const string Staging = "knowledge_search_staging";
    private const int ReplaceChunk = 1000;
    private static readonly string[] ColumnList =
        ["id", "kind", "language", "terms", "status", "author", "date_ticks", "facets"];
    private static readonly string Columns = string.Join(", ", ColumnList);
    private static readonly string StagedColumns = Columns.Replace("terms", "terms::tsvector", StringComparison.Ordinal);
    private static readonly string StagedColumnsAndDocument = Columns + ", document, stamp";
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    // The connections that match a search's other languages come from a pool of their own, and at most
    // _sideConnections of them at once (a search that finds none free matches every language on its own connection):
    // a search holds its first connection while it waits for them, so from one pool enough concurrent searches would
    // each hold one and wait for a second until they time out.
    private readonly NpgsqlDataSource _sideDataSource = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _sideConnections = new(Math.Clamp(2 * Environment.ProcessorCount, 1,
        new NpgsqlConnectionStringBuilder(connectionString).MaxPoolSize));
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private bool _schemaReady;

    public string Engine => "postgres";

    public async Task UpsertAsync(IReadOnlyCollection<KnowledgeDocument> documents, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await StageAsync(connection, documents.ToList(), cancellationToken);
        // The document's row is written first: its lock makes a concurrent write of the same record wait, so that the
        // delete below sees (and replaces) that write's search row. A search row is never updated in place: its
        // language (its partition) may change, and a new row takes a new ord.
        await ExecuteAsync(connection, $"""
            INSERT INTO {Documents} (id, document, stamp) SELECT id, document::jsonb, stamp FROM {Staging}
            ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, stamp = EXCLUDED.stamp;
            DELETE FROM {Table} WHERE id IN (SELECT id FROM {Staging});
            INSERT INTO {Table} ({Columns}) SELECT {StagedColumns} FROM {Staging};
            DROP TABLE {Staging};
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> ReplaceAllAsync(IAsyncEnumerable<KnowledgeDocument> documents, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        // One transaction: searches see the previous rows until the new ones are complete.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"DELETE FROM {Table}; DELETE FROM {Documents}", cancellationToken);
        var done = 0;
        var chunk = new List<KnowledgeDocument>(ReplaceChunk);
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            chunk.Add(document);
            if (chunk.Count < ReplaceChunk) continue;
            done += await CopyAsync(connection, chunk, cancellationToken);
            progress?.Report(done);
        }
        done += await CopyAsync(connection, chunk, cancellationToken);
        progress?.Report(done);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Staging}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _rows.Clear(); // every row has a new ord
        // Fresh statistics, so that the planner sees how common each term is and picks the GIN index.
        await ExecuteAsync(connection, $"ANALYZE {Table}", cancellationToken);
        return done;
    }

    private async Task<int> CopyAsync(NpgsqlConnection connection, List<KnowledgeDocument> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0) return 0;
        await StageAsync(connection, chunk, cancellationToken);
        await ExecuteAsync(connection, $"""
            INSERT INTO {Documents} (id, document, stamp) SELECT id, document::jsonb, stamp FROM {Staging};
            INSERT INTO {Table} ({Columns}) SELECT {StagedColumns} FROM {Staging};
            TRUNCATE {Staging};
            """, cancellationToken);
        var count = chunk.Count;
        chunk.Clear();
        return count;
    }

    /// <summary>
    /// Binary-copies <paramref name="documents"/> into a temporary table, their tsvector still as text: the insert from it
    /// casts it as the server always has (<c>::tsvector</c>), so what is stored does not depend on a client-side parser.
    /// The analysis (the expensive part) runs on every core.
    /// </summary>
    private async Task StageAsync(NpgsqlConnection connection, List<KnowledgeDocument> documents, CancellationToken cancellationToken)
    {
        var rows = new StagedRow[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => rows[i] = StagedRow.Of(documents[i]));
        await ExecuteAsync(connection, $"""
            CREATE TEMPORARY TABLE IF NOT EXISTS {Staging} (id uuid, kind text, language text, document text, terms text, status text,
                author text, date_ticks bigint, facets text[], stamp bigint)
            """, cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {Staging} ({StagedColumnsAndDocument}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(row.Document.Id, NpgsqlDbType.Uuid, cancellationToken);
                await import.WriteAsync(row.Document.Kind.Code(), NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Document.Language, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Terms, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Document.Status.ToString(), NpgsqlDbType.Text, cancellationToken);
                if (row.Document.AuthorUserId is { } author) await import.WriteAsync(author, NpgsqlDbType.Text, cancellationToken);
                else await import.WriteNullAsync(cancellationToken);
                await import.WriteAsync(row.Document.Date.UtcTicks, NpgsqlDbType.Bigint, cancellationToken);
                await import.WriteAsync(row.Facets, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Json, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(row.Document.Stamp, NpgsqlDbType.Bigint, cancellationToken);
            }
            await import.CompleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Facet values go in one array as «facet:value» («country:NGA», «year:2020»): one unnest and one GROUP BY count
    /// every facet of the matches (a column per facet cost an unnest and an aggregate each).
    /// </summary>
    private sealed record StagedRow(KnowledgeDocument Document, string Json, string Terms, string[] Facets)
    {
        public static StagedRow Of(KnowledgeDocument document) =>
            new(document, KnowledgeDocumentJson.Write(document), TsVector(document),
                [.. KnowledgeFacetValues.Of(document).SelectMany((values, i) => values.Select(v => KnowledgeFacetCounts.Names[i] + ":" + v))]);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"DELETE FROM {Table} WHERE id = @id; DELETE FROM {Documents} WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"DELETE FROM {Table}; DELETE FROM {Documents}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM {Table}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyDictionary<Guid, long>> StampsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT id, stamp FROM {Documents}");
        var stamps = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) stamps[reader.GetGuid(0)] = reader.GetInt64(1);
        return stamps;
    }

    public async Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand();
        if (Condition(query, command) is not var (where, score)) return [];
        command.CommandText = $"SELECT document::text, {score} AS score FROM {Table} JOIN {Documents} USING (id)"
                              + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
                              + " ORDER BY score DESC LIMIT @limit";
        command.Parameters.AddWithValue("limit", query.Limit);
        var matches = new List<KnowledgeMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            matches.Add(new KnowledgeMatch(KnowledgeDocumentJson.Read(reader.GetString(0)), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return matches;
    }

    /// <summary>
    /// The WHERE conditions and rank expression of <paramref name="query"/>, parameters added to <paramref name="command"/>;
    /// null when nothing can match.
    /// </summary>
    private static (List<string> Where, string Score)? Condition(KnowledgeMatchQuery query, NpgsqlCommand command)
    {
        var where = new List<string>();
        if (query.Kind is { } kind)
        {
            where.Add("kind = @kind");
            command.Parameters.AddWithValue("kind", kind.Code());
        }
        if (query.MatchAll) return (where, "0");

        var alternatives = new List<string>();
        var ranks = new StringBuilder("CASE");
        foreach (var clause in query.Clauses)
        {
            var tsquery = TsQuery(clause.Groups);
            if (tsquery is null) continue;
            var n = alternatives.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue("l" + n, clause.Language);
            command.Parameters.AddWithValue("q" + n, tsquery);
            alternatives.Add($"(language = @l{n} AND terms @@ @q{n}::tsquery)");
            ranks.Append(CultureInfo.InvariantCulture, $" WHEN language = @l{n} THEN ts_rank(terms, @q{n}::tsquery)");
        }
        if (alternatives.Count == 0) return null;
        where.Add("(" + string.Join(" OR ", alternatives) + ")");
        return (where, ranks.Append(" ELSE 0 END").ToString());
    }

    // PostgreSQL keeps positions 1 to 16383 and at most 256 per lexeme; beyond that both engines may differ on phrases.
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;

    /// <summary>
    /// The document's analyzed terms with their positions as a tsvector literal (<c>'term':1,5 'other':2</c>): the same
    /// terms and positions Lucene indexes, so that phrase queries (<c>&lt;N&gt;</c>) match alike.
    /// </summary>
    internal static string TsVector(KnowledgeDocument document)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (term, position) in Analysis.PalermoAnalyzers.AnalyzeToPositions(document.Language, document.SearchText))
        {
            if (term.Length == 0) continue;
            if (!positions.TryGetValue(term, out var list)) positions[term] = list = [];
            var p = Math.Min(position + 1, MaxPosition);
            if (list.Count < MaxPositionsPerLexeme && (list.Count == 0 || list[^1] != p)) list.Add(p);
        }
        var vector = new StringBuilder();
        foreach (var (term, list) in positions)
        {
            if (vector.Length > 0) vector.Append(' ');
            vector.Append(Lexeme(term)).Append(':').AppendJoin(',', list.Select(p => p.ToString(CultureInfo.InvariantCulture)));
        }
        return vector.ToString();
    }

    /// <summary>
    /// A tsquery of already-analyzed terms: each quoted as a lexeme (so PostgreSQL does not parse or stem it), terms of
    /// a group joined by &amp; or |, groups by |.
    /// </summary>
    internal static string? TsQuery(IReadOnlyList<KnowledgeTermGroup> groups)
    {
        var parts = groups.Where(g => !g.IsEmpty).Select(Group).ToList();
        return parts.Count == 0 ? null : string.Join(" | ", parts);
    }

    private static string Group(KnowledgeTermGroup group)
    {
        var terms = group.Terms.Count == 0 ? null : "(" + string.Join(group.RequireAll ? " & " : " | ", group.Terms.Select(Lexeme)) + ")";
        var phrases = group.PhraseList.Select(Phrase).ToList();
        return "(" + string.Join(" & ", phrases.Prepend(terms).OfType<string>()) + ")";
    }

    /// <summary>«a &lt;2&gt; b &lt;1&gt; c»: each term at its distance from the one before, as Lucene's PhraseQuery places them.</summary>
    private static string Phrase(KnowledgePhrase phrase)
    {
        var text = new StringBuilder("(").Append(Lexeme(phrase.Terms[0]));
        for (var i = 1; i < phrase.Terms.Count; i++)
            text.Append(CultureInfo.InvariantCulture, $" <{phrase.Positions[i] - phrase.Positions[i - 1]}> ").Append(Lexeme(phrase.Terms[i]));
        return text.Append(')').ToString();
    }

    private static string Lexeme(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady) return;
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady) return;
            await using var command = _dataSource.CreateCommand(
                $"""
                 DO $$ BEGIN
                     -- A table of an earlier layout is dropped and created anew; the start-up check (every record
                     -- missing) then rebuilds it.
                     IF to_regclass('{Table}') IS NOT NULL THEN
                         IF obj_description(to_regclass('{Table}'), 'pg_class') IS DISTINCT FROM '{SchemaVersion}' THEN
                             DROP TABLE {Table} CASCADE;
                             DROP TABLE IF EXISTS {Documents};
                         END IF;
                     END IF;
                 END $$;
                 CREATE SEQUENCE IF NOT EXISTS {OrdSequence};
                 CREATE TABLE IF NOT EXISTS {Table} (
                     id uuid NOT NULL,
                     -- New at every write: what a web node's copy of the row's small values is keyed by.
                     ord bigint NOT NULL DEFAULT nextval('{OrdSequence}'),
                     kind text NOT NULL,
                     language text NOT NULL,
                     terms tsvector NOT NULL,
                     status text NOT NULL,
                     author text,
                     date_ticks bigint NOT NULL,
                     facets text[] NOT NULL) PARTITION BY LIST (language);
                 {Partitions()}
                 CREATE TABLE IF NOT EXISTS {Table}_other PARTITION OF {Table} DEFAULT;
                 CREATE INDEX IF NOT EXISTS ix_{Table}_terms ON {Table} USING gin (terms);
                 CREATE INDEX IF NOT EXISTS ix_{Table}_id ON {Table} (id);
                 CREATE INDEX IF NOT EXISTS ix_{Table}_ord ON {Table} (ord);
                 CREATE TABLE IF NOT EXISTS {Documents} (id uuid PRIMARY KEY, document jsonb NOT NULL, stamp bigint NOT NULL);
                 COMMENT ON TABLE {Table} IS '{SchemaVersion}';
                 """);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>A partition for each of the six languages (their codes are fixed letters, safe in SQL).</summary>
    private static string Partitions() => string.Join("\n", SearchLanguages.Codes.Select(code =>
        $"CREATE TABLE IF NOT EXISTS {Table}_{code} PARTITION OF {Table} FOR VALUES IN ('{code}');"));

    public void Dispose()
    {
        _dataSource.Dispose();
        _sideDataSource.Dispose();
        _sideConnections.Dispose();
        _schemaGate.Dispose();
    }
}
