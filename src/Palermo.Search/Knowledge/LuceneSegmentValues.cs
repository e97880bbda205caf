using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// The doc values of one index segment, read once into arrays and kept while the segment lives (segments never change;
/// the cache is keyed by the segment core, as Lucene's FieldCache is). Reading doc values through the codec for every
/// matching document of every query cost more than the matching itself; arrays make the page collector a few array
/// reads per match.
/// </summary>
internal sealed class LuceneSegmentValues
{
    private static readonly ConditionalWeakTable<object, LuceneSegmentValues> Cache = new();

    private LuceneSegmentValues(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        Published = new bool[count];
        AuthorOrd = new int[count];
        DateTicks = new long[count];
        IdHigh = new ulong[count];
        IdLow = new ulong[count];
        Kind = new sbyte[count];
        Array.Fill(Kind, (sbyte)-1);
        // The kind is an indexed term, not a doc value: its postings tell each document's kind once per segment, so
        // that a search filters the kind here instead of intersecting every query with a posting list of every document.
        foreach (var kind in Enum.GetValues<KnowledgeKind>())
        {
            var docs = reader.GetTermDocsEnum(new Lucene.Net.Index.Term(LuceneKnowledgePageCollector.KindField, kind.Code()));
            if (docs is null) continue;
            for (var doc = docs.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) Kind[doc] = (sbyte)kind;
        }

        var status = reader.GetSortedDocValues(LuceneKnowledgePageCollector.StatusField);
        var publishedOrd = status?.LookupTerm(new BytesRef(nameof(KnowledgeStatus.Published))) ?? -1;
        var author = reader.GetSortedDocValues(LuceneKnowledgePageCollector.AuthorField);
        Authors = Values(author?.ValueCount ?? 0, (ord, scratch) => author!.LookupOrd((int)ord, scratch));
        var date = reader.GetNumericDocValues(LuceneKnowledgePageCollector.DateField);
        var high = reader.GetNumericDocValues(LuceneKnowledgePageCollector.IdHighField);
        var low = reader.GetNumericDocValues(LuceneKnowledgePageCollector.IdLowField);
        for (var doc = 0; doc < count; doc++)
        {
            Published[doc] = publishedOrd >= 0 && status!.GetOrd(doc) == publishedOrd;
            AuthorOrd[doc] = author?.GetOrd(doc) ?? -1;
            DateTicks[doc] = date?.Get(doc) ?? 0;
            IdHigh[doc] = unchecked((ulong)(high?.Get(doc) ?? 0));
            IdLow[doc] = unchecked((ulong)(low?.Get(doc) ?? 0));
        }

        Facets = new FacetColumn[LuceneKnowledgePageCollector.FacetFields.Length];
        for (var i = 0; i < Facets.Length; i++)
        {
            var values = reader.GetSortedSetDocValues(LuceneKnowledgePageCollector.FacetFields[i]);
            var start = new int[count + 1];
            var ords = new List<int>(count);
            for (var doc = 0; doc < count; doc++)
            {
                start[doc] = ords.Count;
                if (values is null) continue;
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
            }
            start[count] = ords.Count;
            Facets[i] = new FacetColumn(start, [.. ords], Values(values?.ValueCount ?? 0, (ord, scratch) => values!.LookupOrd(ord, scratch)));
        }

        // Every facet value of a document in one run of slots (facet i's ord k is slot SlotOffsets[i] + k): counting
        // the facets of a match is one short loop over one array, not a loop per facet.
        SlotOffsets = new int[Facets.Length + 1];
        for (var i = 0; i < Facets.Length; i++) SlotOffsets[i + 1] = SlotOffsets[i] + Facets[i].Values.Length;
        SlotStart = new int[count + 1];
        var slots = new List<int>(count * Facets.Length);
        for (var doc = 0; doc < count; doc++)
        {
            SlotStart[doc] = slots.Count;
            for (var i = 0; i < Facets.Length; i++)
            for (var k = Facets[i].Start[doc]; k < Facets[i].Start[doc + 1]; k++) slots.Add(SlotOffsets[i] + Facets[i].Ords[k]);
        }
        SlotStart[count] = slots.Count;
        Slots = [.. slots];
    }

    /// <summary>Where each facet's values begin among the slots; the last entry is the number of slots.</summary>
    public int[] SlotOffsets { get; }

    /// <summary>Document d's facet values are the slots <c>Slots[SlotStart[d]..SlotStart[d+1]]</c>.</summary>
    public int[] SlotStart { get; }
    public int[] Slots { get; }

    public bool[] Published { get; }

    /// <summary>Index into <see cref="Authors"/>, -1 when none.</summary>
    public int[] AuthorOrd { get; }
    public string[] Authors { get; }
    public long[] DateTicks { get; }
    public ulong[] IdHigh { get; }
    public ulong[] IdLow { get; }

    /// <summary>The <see cref="KnowledgeKind"/> of each document, -1 when none.</summary>
    public sbyte[] Kind { get; }

    /// <summary>In the order of <see cref="KnowledgeFacetCounts.Names"/>.</summary>
    public FacetColumn[] Facets { get; }

    public static LuceneSegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new LuceneSegmentValues(reader));

    private static string[] Values(long count, Action<long, BytesRef> lookup)
    {
        var values = new string[count];
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            lookup(ord, scratch);
            values[ord] = scratch.Utf8ToString();
        }
        return values;
    }

    /// <summary>A multi-valued facet: document d has <c>Ords[Start[d]..Start[d+1]]</c>, each an index into <c>Values</c> (sorted, distinct).</summary>
    internal sealed record FacetColumn(int[] Start, int[] Ords, string[] Values);
}
