using Lucene.Net.Index;
using Lucene.Net.Search;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Collects one page of a <see cref="KnowledgePageQuery"/> over the matching doc ids of each language clause in turn
/// (or of one part of the index, merged with <see cref="Absorb"/>), reading only the segment's cached doc values (<see cref="LuceneSegmentValues"/>, never the stored document): the visibility rule and
/// the filters, the facet counts of every visible match, and a bounded queue of the best <c>Skip + Take</c> entries in
/// <see cref="KnowledgeOrder"/>. Mirrors <see cref="KnowledgeAccess.CanSee(KnowledgeStatus, string?)"/> and the filters'
/// comparisons exactly.
/// </summary>
internal sealed class LuceneKnowledgePageCollector : ICollector
{
    /// <summary>Doc-values fields, in the order of <see cref="KnowledgeFacetCounts.Names"/>.</summary>
    public static readonly string[] FacetFields = [.. KnowledgeFacetCounts.Names.Select(n => "f_" + n)];
    /// <summary>The indexed (not doc-values) field of the kind; see <see cref="LuceneSegmentValues.Kind"/>.</summary>
    public const string KindField = "kind";
    public const string StatusField = "dv_status";
    public const string AuthorField = "dv_author";
    public const string DateField = "dv_date";
    public const string IdHighField = "dv_id_hi";
    public const string IdLowField = "dv_id_lo";
    private const int LanguageFacet = 5;

    private readonly KnowledgePageQuery _query;
    private readonly Func<string, bool>?[] _filters;
    private readonly (ulong High, ulong Low)? _exclude;
    private readonly KnowledgePageEntries _best;
    private readonly int _keep;
    private readonly sbyte _kind;
    private readonly bool _scores;
    private readonly KnowledgeFacetCounts _facets = new();

    private Scorer? _scorer;
    private int _docBase;
    private LuceneSegmentValues? _segment;
    private int _viewerOrd = -1;
    private readonly bool[]?[] _allowed = new bool[FacetFields.Length][];
    private int[]? _slotCounts;
    private int _tierOrd = -1;
    private bool _segmentEmpty;

    public LuceneKnowledgePageCollector(KnowledgePageQuery query)
    {
        _query = query;
        _filters = KnowledgeFacetFilters.Of(query);
        _exclude = query.Exclude is { } id ? KnowledgeEntry.IdKey(id) : null;
        _kind = query.Match.Kind is { } kind ? (sbyte)kind : (sbyte)-1;
        _keep = (int)Math.Min(int.MaxValue, (long)query.Skip + query.Take);
        _scores = !query.Match.MatchAll; // hits carry their score even when ordered by date
        _best = new KnowledgePageEntries(query.Order, _keep);
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushFacets();
        var segment = _segment = LuceneSegmentValues.Of(context.AtomicReader);
        _docBase = context.DocBase;
        _viewerOrd = _query.Viewer.UserId is { } user ? Array.IndexOf(segment.Authors, user) : -1;
        _segmentEmpty = false;
        for (var i = 0; i < FacetFields.Length; i++)
        {
            var values = segment.Facets[i].Values;
            _allowed[i] = null;
            if (_filters[i] is not { } passes) continue;
            var allowed = _allowed[i] = new bool[values.Length];
            var any = false;
            for (var ord = 0; ord < values.Length; ord++) any |= allowed[ord] = passes(values[ord]);
            if (!any) _segmentEmpty = true; // nothing in this segment passes the filter
        }
        _slotCounts = _query.WithFacets ? new int[segment.SlotOffsets[^1]] : null;
        _tierOrd = Array.IndexOf(segment.Facets[LanguageFacet].Values, _query.Language);
    }

    public void Collect(int doc)
    {
        var segment = _segment!;
        if (_segmentEmpty || (_kind >= 0 && segment.Kind[doc] != _kind) || !Visible(segment, doc)) return;
        var facets = segment.Facets;
        for (var i = 0; i < _allowed.Length; i++)
            if (_allowed[i] is { } allowed && !Has(facets[i], doc, allowed)) return;
        var high = segment.IdHigh[doc];
        var low = segment.IdLow[doc];
        if (_exclude is { } exclude && exclude.High == high && exclude.Low == low) return;

        Total++;
        if (_slotCounts is { } slotCounts)
        {
            var slots = segment.Slots;
            for (int k = segment.SlotStart[doc], end = segment.SlotStart[doc + 1]; k < end; k++) slotCounts[slots[k]]++;
        }

        var language = facets[LanguageFacet];
        var tier = _tierOrd >= 0 && language.Start[doc] < language.Start[doc + 1] && language.Ords[language.Start[doc]] == _tierOrd ? 0 : 1;
        var date = segment.DateTicks[doc];
        // Scoring is most of the cost of a match: skipped when the document cannot enter the page anyway (a worse
        // language tier than the last kept entry, or an older date when ordering by date).
        if (!_best.CouldEnter(tier, date, high, low)) return;
        var score = _scores && _scorer is not null ? _scorer.GetScore() : 0f;
        _best.Offer(new KnowledgeEntry(_docBase + doc, tier, score, date, high, low));
    }

    /// <summary>Adds what <paramref name="other"/> (same query, other documents) collected: its total, facet counts and best entries.</summary>
    public void Absorb(LuceneKnowledgePageCollector other)
    {
        Total += other.Total;
        other.FlushFacets();
        _facets.Add(other._facets);
        _best.Absorb(other._best);
    }

    /// <summary>Call after the search: the facet counts of every visible match.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets()
    {
        FlushFacets();
        return _facets.ToFacets();
    }

    /// <summary>The page's entries, best first (global doc ids and scores).</summary>
    public List<KnowledgeEntry> Page() => _best.Page(_query.Skip);

    private bool Visible(LuceneSegmentValues segment, int doc) =>
        _query.Viewer.IsSecretariat
        || segment.Published[doc]
        || (_viewerOrd >= 0 && segment.AuthorOrd[doc] == _viewerOrd);

    private static bool Has(LuceneSegmentValues.FacetColumn column, int doc, bool[] allowed)
    {
        for (var k = column.Start[doc]; k < column.Start[doc + 1]; k++)
            if (allowed[column.Ords[k]]) return true;
        return false;
    }

    private void FlushFacets()
    {
        if (_segment is null || _slotCounts is not { } counts) return;
        for (var i = 0; i < FacetFields.Length; i++)
        {
            var values = _segment.Facets[i].Values;
            var offset = _segment.SlotOffsets[i];
            for (var ord = 0; ord < values.Length; ord++)
                if (counts[offset + ord] > 0) _facets.Add(KnowledgeFacetCounts.Names[i], values[ord], counts[offset + ord]);
        }
        _slotCounts = null;
    }

}
