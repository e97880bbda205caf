using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
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
    private const string KindField = "kind";
    private const string LanguageField = "lang";
    private const string DocumentField = "doc";

    private readonly FSDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public LuceneKnowledgeIndex(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        _directory = new NIOFSDirectory(new DirectoryInfo(path));
        _analyzer = new PerFieldAnalyzerWrapper(PalermoAnalyzers.For(PalermoLanguages.Default),
            PalermoAnalyzers.SupportedLanguages.ToDictionary(TextField, language => PalermoAnalyzers.For(language), StringComparer.Ordinal));
        _writer = new IndexWriter(_directory, new IndexWriterConfig(PalermoAnalyzers.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
        _writer.Commit(); // a fresh folder gets a valid, empty index that readers can open
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
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

    public Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(KnowledgeMatchQuery query, CancellationToken cancellationToken = default)
    {
        var lucene = ToLucene(query);
        if (lucene is null) return Task.FromResult<IReadOnlyList<KnowledgeMatch>>([]);
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(lucene, Math.Max(1, Math.Min(query.Limit, Math.Max(1, searcher.IndexReader.MaxDoc))));
            var matches = new List<KnowledgeMatch>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var stored = searcher.Doc(hit.Doc).Get(DocumentField, System.Globalization.CultureInfo.InvariantCulture);
                matches.Add(new KnowledgeMatch(KnowledgeDocumentJson.Read(stored), query.MatchAll ? 0 : hit.Score));
            }
            return Task.FromResult<IReadOnlyList<KnowledgeMatch>>(matches);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Query? ToLucene(KnowledgeMatchQuery query)
    {
        var root = new BooleanQuery();
        if (query.Kind is { } kind) root.Add(new TermQuery(new Term(KindField, kind.Code())), Occur.MUST);
        if (query.MatchAll)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
            return root;
        }

        var anyClause = new BooleanQuery();
        foreach (var clause in query.Clauses)
        {
            var groups = new BooleanQuery();
            foreach (var group in clause.Groups.Where(g => !g.IsEmpty))
            {
                var field = TextField(clause.Language);
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
            if (groups.Clauses.Count == 0) continue;
            var inLanguage = new BooleanQuery
            {
                { new TermQuery(new Term(LanguageField, clause.Language)), Occur.MUST },
                { groups, Occur.MUST },
            };
            anyClause.Add(inLanguage, Occur.SHOULD);
        }
        if (anyClause.Clauses.Count == 0) return null;
        root.Add(anyClause, Occur.MUST);
        return root;
    }

    private static Document ToLucene(KnowledgeDocument document) =>
    [
        new StringField(IdField, Key(document.Id), Field.Store.YES),
        new StringField(KindField, document.Kind.Code(), Field.Store.NO),
        new StringField(LanguageField, document.Language, Field.Store.NO),
        new TextField(TextField(document.Language), document.SearchText, Field.Store.NO),
        new StoredField(DocumentField, KnowledgeDocumentJson.Write(document)),
    ];

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

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
        _writeGate.Dispose();
    }
}
