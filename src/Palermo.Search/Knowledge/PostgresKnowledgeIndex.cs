using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// The server backend: PostgreSQL full-text search fed by the .NET analysis. Each document's analyzed terms are stored
/// as <c>array_to_tsvector(terms)</c> and queries are tsqueries of analyzed terms, so PostgreSQL does no stemming of
/// its own and agrees with Lucene on what matches. Several web nodes share it through the database.
/// </summary>
public sealed class PostgresKnowledgeIndex(string connectionString) : IKnowledgeIndex, IDisposable
{
    private const string Table = "knowledge_search";
    private const string SchemaVersion = "palermo-knowledge-search 2 (positions)";
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private bool _schemaReady;

    public string Engine => "postgres";

    public async Task UpsertAsync(IReadOnlyCollection<KnowledgeDocument> documents, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var document in documents)
        {
            await using var command = new NpgsqlCommand(
                $"""
                 INSERT INTO {Table} (id, kind, language, document, terms)
                 VALUES (@id, @kind, @language, @document::jsonb, @terms::tsvector)
                 ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, language = EXCLUDED.language,
                     document = EXCLUDED.document, terms = EXCLUDED.terms
                 """, connection, transaction);
            command.Parameters.AddWithValue("id", document.Id);
            command.Parameters.AddWithValue("kind", document.Kind.Code());
            command.Parameters.AddWithValue("language", document.Language);
            command.Parameters.AddWithValue("document", KnowledgeDocumentJson.Write(document));
            command.Parameters.AddWithValue("terms", TsVector(document));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"DELETE FROM {Table} WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"DELETE FROM {Table}");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT count(*) FROM {Table}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand();
        var where = new List<string>();
        if (query.Kind is { } kind)
        {
            where.Add("kind = @kind");
            command.Parameters.AddWithValue("kind", kind.Code());
        }

        var score = "0";
        if (!query.MatchAll)
        {
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
            if (alternatives.Count == 0) return [];
            where.Add("(" + string.Join(" OR ", alternatives) + ")");
            score = ranks.Append(" ELSE 0 END").ToString();
        }

        command.CommandText = $"SELECT document::text, {score} AS score FROM {Table}"
                              + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "")
                              + " ORDER BY score DESC LIMIT @limit";
        command.Parameters.AddWithValue("limit", query.Limit);
        var matches = new List<KnowledgeMatch>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            matches.Add(new KnowledgeMatch(KnowledgeDocumentJson.Read(reader.GetString(0)), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return matches;
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
                 CREATE TABLE IF NOT EXISTS {Table} (
                     id uuid PRIMARY KEY,
                     kind text NOT NULL,
                     language text NOT NULL,
                     document jsonb NOT NULL,
                     terms tsvector NOT NULL);
                 CREATE INDEX IF NOT EXISTS ix_{Table}_terms ON {Table} USING gin (terms);
                 CREATE INDEX IF NOT EXISTS ix_{Table}_kind_language ON {Table} (kind, language);
                 DO $$ BEGIN
                     -- Rows written before terms carried positions cannot answer phrase queries: empty the table, and
                     -- the start-up check (counts differ) rebuilds it.
                     IF obj_description('{Table}'::regclass, 'pg_class') IS DISTINCT FROM '{SchemaVersion}' THEN
                         DELETE FROM {Table};
                         COMMENT ON TABLE {Table} IS '{SchemaVersion}';
                     END IF;
                 END $$;
                 """);
            await command.ExecuteNonQueryAsync(cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _schemaGate.Dispose();
    }
}
