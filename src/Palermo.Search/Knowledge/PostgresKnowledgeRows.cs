using System.Collections.Concurrent;
using Palermo.Knowledge;

namespace Palermo.Search.Knowledge;

/// <summary>
/// This web node's copy of the small values of each search row (id, language, visibility, date, facet values), keyed
/// by the row's <c>ord</c>. PostgreSQL gives a row a new ord whenever it is written, so an ord's values never change and
/// the copy is never stale: a search asks PostgreSQL which ords match and reads visibility, filters, order and facets
/// here, fetching the rows of ords it does not hold yet in the same snapshot. Counting facets in SQL cost more than the
/// matching itself (an unnest and an aggregate over every match).
/// </summary>
internal sealed class PostgresKnowledgeRows
{
    private readonly ConcurrentDictionary<long, Row> _rows = new();
    private readonly Lock _slotGate = new();
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private volatile Slot[] _slots = [];

    /// <summary>One search row. <see cref="Slots"/> are its facet values (see <see cref="SlotAt"/>).</summary>
    internal sealed record Row(Guid Id, ulong IdHigh, ulong IdLow, string Language, bool Published, string? Author, long DateTicks, int[] Slots);

    /// <summary>A facet value: the index of its facet in <see cref="KnowledgeFacetCounts.Names"/>, and the value.</summary>
    internal readonly record struct Slot(int Facet, string Value);

    public int Count => _rows.Count;

    /// <summary>How many distinct facet values rows have used so far: an upper bound of every held row's slots.</summary>
    public int SlotCount => _slots.Length;

    public Slot SlotAt(int slot) => _slots[slot];

    public bool TryGet(long ord, out Row row) => _rows.TryGetValue(ord, out row!);

    /// <summary>Adds a row as read from the table; <paramref name="facets"/> are «facet:value» strings.</summary>
    public Row Add(long ord, Guid id, string language, string status, string? author, long dateTicks, string[] facets)
    {
        var (high, low) = KnowledgeEntry.IdKey(id);
        var slots = new int[facets.Length];
        for (var i = 0; i < facets.Length; i++) slots[i] = SlotOf(facets[i]);
        return _rows[ord] = new Row(id, high, low, language, status == nameof(KnowledgeStatus.Published), author, dateTicks, slots);
    }

    /// <summary>Forgets every row: after a rebuild, whose rows all have new ords.</summary>
    public void Clear() => _rows.Clear();

    private int SlotOf(string facetValue)
    {
        lock (_slotGate)
        {
            if (_slotOf.TryGetValue(facetValue, out var slot)) return slot;
            var colon = facetValue.IndexOf(':', StringComparison.Ordinal);
            var facet = colon < 0 ? -1 : IndexOf(facetValue[..colon]);
            slot = _slots.Length;
            _slots = [.. _slots, new Slot(facet, colon < 0 ? facetValue : facetValue[(colon + 1)..])];
            _slotOf[facetValue] = slot;
            return slot;
        }
    }

    private static int IndexOf(string facet)
    {
        for (var i = 0; i < KnowledgeFacetCounts.Names.Count; i++)
            if (string.Equals(KnowledgeFacetCounts.Names[i], facet, StringComparison.Ordinal)) return i;
        return -1;
    }
}
