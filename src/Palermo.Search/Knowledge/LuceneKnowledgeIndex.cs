using Palermo.Access;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Palermo.Knowledge;
using Palermo.Search.Analysis;

namespace Palermo.Search.Knowledge;

/// <summary>
/// The embedded backend: a Lucene index on disk, one text field per language analyzed by <see cref="PalermoAnalyzers"/>.
/// Opened with <see cref="NIOFSDirectory"/>: the memory-mapped directory can crash under concurrent search on Linux in
/// 4.8.0-beta00017.
/// </summary>
public sealed class LuceneKnowledgeIndex : IKnowledgeIndex, IDisposable
{
    private const string IdField = "id";
    private const string KindField = LuceneKnowledgePageCollector.KindField;
    private const string DocumentField = "doc";
    private const string StampField = "stamp";

    // Stored in the commit: an index written before stamps is emptied at open, and the start-up check (every record
    // missing) rebuilds it.
    private const string SchemaKey = "palermo-schema";
    private const string SchemaVersion = "3 (stamps)";
    private const int ReplaceChunk = 256;

    // Below this many documents a search takes a few milliseconds: splitting it across cores would cost more than it saves.
    private const int ParallelFrom = 20_000;

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly int? _searchParts;

    public LuceneKnowledgeIndex(string path) : this(path, searchParts: null)
    {
    }

    /// <param name="searchParts">How many parts every search is split into; null: one per core (up to 4) from <see cref="ParallelFrom"/> documents on.</param>
    internal LuceneKnowledgeIndex(string path, int? searchParts)
    {
        _searchParts = searchParts;
        System.IO.Directory.CreateDirectory(path);
        _directory = new NIOFSDirectory(new DirectoryInfo(path));
        _analyzer = new PerFieldAnalyzerWrapper(PalermoAnalyzers.For(PalermoLanguages.Default),
            PalermoAnalyzers.SupportedLanguages.ToDictionary(TextField, language => PalermoAnalyzers.For(language), StringComparer.Ordinal));
        var current = DirectoryReader.IndexExists(_directory) && string.Equals(StoredSchema(_directory), SchemaVersion, StringComparison.Ordinal);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(PalermoAnalyzers.Version, _analyzer)
        {
            OpenMode = current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = 64, // a rebuild flushes fewer, larger segments
        });
        _writer.SetCommitData(new Dictionary<string, string>(StringComparer.Ordinal) { [SchemaKey] = SchemaVersion });
        _writer.Commit(); // a fresh folder gets a valid, empty index that readers can open
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new WarmingSearcherFactory());
    }

    public string Engine => "lucene";

    /// <summary>The field holding text written in <paramref name="language"/>.</summary>
    public static string TextField(string language) => "text_" + language;

    public async Task UpsertAsync(IReadOnlyCollection<KnowledgeDocument> documents, CancellationToken cancellationToken = default) =>
        await WriteAsync(() =>
        {
            foreach (var document in documents)
                _writer.UpdateDocument(new Term(IdField, Key(document.Id)), ToLucene(document));
        }, cancellationToken);

    public async Task<int> ReplaceAllAsync(IAsyncEnumerable<KnowledgeDocument> documents, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        var done = 0;
        try
        {
            _writer.DeleteAll();
            var chunk = new List<KnowledgeDocument>(ReplaceChunk);
            await foreach (var document in documents.WithCancellation(cancellationToken))
            {
                chunk.Add(document);
                if (chunk.Count < ReplaceChunk) continue;
                done += AddAll(chunk, cancellationToken);
                progress?.Report(done);
            }
            done += AddAll(chunk, cancellationToken);
            progress?.Report(done);
            // The rebuild ends with its segments merged: searches right after it do not compete with background
            // merges for the cores, nor search dozens of small segments.
            _writer.WaitForMerges();
        }
        finally
        {
            // Searchers keep the previous commit until here; after a failure the partial index is committed and the
            // start-up check indexes the records it misses.
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            _writeGate.Release();
        }
        return done;
    }

    /// <summary>
    /// Adds <paramref name="chunk"/> on every core: analysis (SmartCn, stemmers) happens inside AddDocument, and the
    /// writer indexes concurrently from several threads.
    /// </summary>
    private int AddAll(List<KnowledgeDocument> chunk, CancellationToken cancellationToken)
    {
        Parallel.ForEach(chunk, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            document => _writer.AddDocument(ToLucene(document)));
        var count = chunk.Count;
        chunk.Clear();
        return count;
    }

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        WriteAsync(() => _writer.DeleteDocuments(new Term(IdField, Key(id))), cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) => WriteAsync(_writer.DeleteAll, cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return Task.FromResult(searcher.IndexReader.NumDocs);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyDictionary<Guid, long>> StampsAsync(CancellationToken cancellationToken = default)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var stamps = new Dictionary<Guid, long>();
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reader = leaf.AtomicReader;
                var (live, stamp) = (reader.LiveDocs, reader.GetNumericDocValues(StampField));
                var high = reader.GetNumericDocValues(LuceneKnowledgePageCollector.IdHighField);
                var low = reader.GetNumericDocValues(LuceneKnowledgePageCollector.IdLowField);
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    stamps[KnowledgeEntry.IdOf(unchecked((ulong)high.Get(doc)), unchecked((ulong)low.Get(doc)))] = stamp?.Get(doc) ?? 0;
                }
            }
            return Task.FromResult<IReadOnlyDictionary<Guid, long>>(stamps);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default) =>
        // The page search with nothing hidden, no filter and no language tier: every match, best score first.
        Task.FromResult((IReadOnlyList<KnowledgeMatch>)Search(new KnowledgePageQuery(query, Actor.System, KnowledgeFilters.None,
            KnowledgeOrder.Relevance, Language: "", 0, Math.Max(1, query.Limit), WithFacets: false), cancellationToken).Matches);

    public Task<KnowledgePage> SearchAsync(KnowledgePageQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(Search(query, cancellationToken));

    /// <summary>
    /// Runs one Lucene query per language clause, the query's own language first. A document has the text field of its
    /// language only, so the clauses never share a document: they need no language or kind clause (the collector
    /// filters the kind from the segment's values), and once the page is full of same-language hits the other
    /// languages' matches are counted and faceted without being scored. A large index is searched on every core, each
    /// taking a part of every segment's documents into its own collector; the parts are merged at the end.
    /// </summary>
    private KnowledgePage Search(KnowledgePageQuery query, CancellationToken cancellationToken)
    {
        var clauses = ToLucene(query.Match, query.Language);
        if (clauses.Count == 0) return new KnowledgePage(0, [], new KnowledgeFacetCounts().ToFacets());
        var searcher = _searchers.Acquire();
        try
        {
            var weights = clauses.Select(searcher.CreateNormalizedWeight).ToList();
            var leaves = searcher.IndexReader.Leaves;
            var parts = _searchParts ?? (searcher.IndexReader.MaxDoc >= ParallelFrom ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1);
            var collectors = new LuceneKnowledgePageCollector[parts];
            void SearchPart(int part)
            {
                var collector = collectors[part] = new LuceneKnowledgePageCollector(query);
                foreach (var weight in weights)
                foreach (var leaf in leaves)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var size = leaf.AtomicReader.MaxDoc;
                    int from = (int)((long)size * part / parts), to = (int)((long)size * (part + 1) / parts);
                    if (from >= to || weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer) continue;
                    collector.SetNextReader(leaf);
                    collector.SetScorer(scorer);
                    for (var doc = scorer.Advance(from); doc < to; doc = scorer.NextDoc()) collector.Collect(doc);
                }
            }
            if (parts == 1) SearchPart(0);
            else Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken }, SearchPart);

            var all = collectors[0];
            foreach (var other in collectors.Skip(1)) all.Absorb(other);
            var matches = new List<KnowledgeMatch>();
            foreach (var entry in all.Page())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stored = searcher.Doc(entry.Doc).Get(DocumentField, System.Globalization.CultureInfo.InvariantCulture);
                matches.Add(new KnowledgeMatch(KnowledgeDocumentJson.Read(stored), query.Match.MatchAll ? 0 : entry.Score));
            }
            return new KnowledgePage(all.Total, matches, all.Facets());
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static string? StoredSchema(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(SchemaKey, out var version) ? version : null;
    }

    /// <summary>One query per clause with terms, <paramref name="first"/>'s language first; every document for a match-all.</summary>
    private static List<Query> ToLucene(KnowledgeMatchQuery query, string first)
    {
        if (query.MatchAll) return [new MatchAllDocsQuery()];
        var queries = new List<Query>();
        foreach (var clause in query.Clauses.OrderBy(c => string.Equals(c.Language, first, StringComparison.Ordinal) ? 0 : 1))
        {
            var field = TextField(clause.Language);
            var groups = new BooleanQuery();
            foreach (var group in clause.Groups.Where(g => !g.IsEmpty))
            {
                var terms = new BooleanQuery();
                foreach (var term in group.Terms)
                    terms.Add(new TermQuery(new Term(field, term)), group.RequireAll ? Occur.MUST : Occur.SHOULD);
                foreach (var phrase in group.PhraseList)
                {
                    var exact = new PhraseQuery();
                    for (var i = 0; i < phrase.Terms.Count; i++) exact.Add(new Term(field, phrase.Terms[i]), phrase.Positions[i]);
                    terms.Add(exact, Occur.MUST);
                }
                groups.Add(terms, Occur.SHOULD);
            }
            if (groups.Clauses.Count > 0) queries.Add(groups);
        }
        return queries;
    }

    private static Document ToLucene(KnowledgeDocument document)
    {
        var (high, low) = KnowledgeEntry.IdKey(document.Id);
        var lucene = new Document
        {
            new StringField(IdField, Key(document.Id), Field.Store.YES),
            new StringField(KindField, document.Kind.Code(), Field.Store.NO),
            new TextField(TextField(document.Language), document.SearchText, Field.Store.NO),
            new StoredField(DocumentField, KnowledgeDocumentJson.Write(document)),
            // Doc values: what the page collector reads for visibility, filters, facets and order without loading the document.
            new SortedDocValuesField(LuceneKnowledgePageCollector.StatusField, new BytesRef(document.Status.ToString())),
            new NumericDocValuesField(LuceneKnowledgePageCollector.DateField, document.Date.UtcTicks),
            new NumericDocValuesField(LuceneKnowledgePageCollector.IdHighField, unchecked((long)high)),
            new NumericDocValuesField(LuceneKnowledgePageCollector.IdLowField, unchecked((long)low)),
            new NumericDocValuesField(StampField, document.Stamp),
        };
        if (document.AuthorUserId is { } author) lucene.Add(new SortedDocValuesField(LuceneKnowledgePageCollector.AuthorField, new BytesRef(author)));
        var facets = KnowledgeFacetValues.Of(document);
        for (var i = 0; i < facets.Length; i++)
        foreach (var value in facets[i])
            lucene.Add(new SortedSetDocValuesField(LuceneKnowledgePageCollector.FacetFields[i], new BytesRef(value)));
        return lucene;
    }

    private static string Key(Guid id) => id.ToString("N");

    private async Task WriteAsync(Action write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            write();
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Reads the doc values of new segments into <see cref="LuceneSegmentValues"/> when a searcher is opened (after a
    /// commit, on the writing side), so that the first search after a change or a rebuild does not pay for it.
    /// </summary>
    private sealed class WarmingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) LuceneSegmentValues.Of(leaf.AtomicReader);
            return base.NewSearcher(reader);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
        _writeGate.Dispose();
    }
}
