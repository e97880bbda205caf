using System.Globalization;

namespace Palermo.Search.Knowledge;

/// <summary>A match as both engines order it: its place (engine-specific), language tier, score, date and id.</summary>
/// <param name="Doc">The engine's handle on the match: a Lucene doc id, or an index into the PostgreSQL matches.</param>
internal readonly record struct KnowledgeEntry(int Doc, int Tier, float Score, long DateTicks, ulong IdHigh, ulong IdLow)
{
    /// <summary>The id as two numbers whose order is <see cref="Guid.CompareTo(Guid)"/>'s (that of its hex digits).</summary>
    public static (ulong High, ulong Low) IdKey(Guid id)
    {
        var hex = id.ToString("N");
        return (ulong.Parse(hex.AsSpan(0, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            ulong.Parse(hex.AsSpan(16, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>The id back from its <see cref="IdKey"/>.</summary>
    public static Guid IdOf(ulong high, ulong low) =>
        Guid.ParseExact(high.ToString("x16", CultureInfo.InvariantCulture) + low.ToString("x16", CultureInfo.InvariantCulture), "N");
}

/// <summary>
/// The best <c>Skip + Take</c> entries of a page in <see cref="KnowledgeOrder"/>, kept in a bounded queue: relevance is
/// same-language tier, then score, newest, id; date is newest, then id; «more like this» is tier, score, id.
/// </summary>
internal sealed class KnowledgePageEntries
{
    private readonly KnowledgeOrder _order;
    private readonly int _keep;
    private readonly PriorityQueue<KnowledgeEntry, KnowledgeEntry> _best;

    public KnowledgePageEntries(KnowledgeOrder order, int keep)
    {
        _order = order;
        _keep = keep;
        _best = new PriorityQueue<KnowledgeEntry, KnowledgeEntry>(Comparer<KnowledgeEntry>.Create((a, b) => Compare(b, a))); // worst on top
    }

    /// <summary>Whether an entry of this tier, date and id could still enter the page: if not, it need not be scored.</summary>
    public bool CouldEnter(int tier, long dateTicks, ulong idHigh, ulong idLow)
    {
        if (_keep == 0) return false;
        if (_best.Count < _keep) return true;
        var worst = _best.Peek();
        return _order == KnowledgeOrder.Date
            ? Compare(new KnowledgeEntry(0, tier, 0f, dateTicks, idHigh, idLow), worst) < 0
            : tier <= worst.Tier;
    }

    public void Offer(KnowledgeEntry entry)
    {
        if (_best.Count < _keep) _best.Enqueue(entry, entry);
        else if (_keep > 0 && Compare(entry, _best.Peek()) < 0) _best.EnqueueDequeue(entry, entry);
    }

    /// <summary>Offers every entry <paramref name="other"/> kept.</summary>
    public void Absorb(KnowledgePageEntries other)
    {
        foreach (var (entry, _) in other._best.UnorderedItems) Offer(entry);
    }

    /// <summary>Entries <paramref name="skip"/> onwards, best first. Empties the queue.</summary>
    public List<KnowledgeEntry> Page(int skip)
    {
        var all = new List<KnowledgeEntry>(_best.Count);
        while (_best.TryDequeue(out var entry, out _)) all.Add(entry);
        all.Reverse(); // the queue gave worst first
        return all.Skip(skip).ToList();
    }

    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>.</summary>
    private int Compare(KnowledgeEntry a, KnowledgeEntry b)
    {
        int c;
        if (_order != KnowledgeOrder.Date)
        {
            if ((c = a.Tier.CompareTo(b.Tier)) != 0) return c;
            if ((c = b.Score.CompareTo(a.Score)) != 0) return c;
        }
        if (_order != KnowledgeOrder.Similar && (c = b.DateTicks.CompareTo(a.DateTicks)) != 0) return c;
        if ((c = a.IdHigh.CompareTo(b.IdHigh)) != 0) return c;
        return a.IdLow.CompareTo(b.IdLow);
    }
}

/// <summary>
/// A page query's facet filters as tests of one stored facet value, in the order of <see cref="KnowledgeFacetCounts.Names"/>
/// (null: no filter): category exactly, protocol, article, region and country trimmed and ignoring case, language
/// ignoring case, year exactly. What both engines apply.
/// </summary>
internal static class KnowledgeFacetFilters
{
    public static Func<string, bool>?[] Of(KnowledgePageQuery query)
    {
        var f = query.Filters;
        var category = query.CategoryCode;
        string? protocol = KnowledgePageQuery.Trimmed(f.Protocol), article = KnowledgePageQuery.Trimmed(f.Article),
            region = KnowledgePageQuery.Trimmed(f.Region), country = KnowledgePageQuery.Trimmed(f.Country), language = f.Language;
        var year = f.Year is { } y ? KnowledgeFacetCounts.Year(y) : null;
        return
        [
            category is null ? null : v => string.Equals(v, category, StringComparison.Ordinal),
            protocol is null ? null : v => string.Equals(v, protocol, StringComparison.OrdinalIgnoreCase),
            article is null ? null : v => string.Equals(v, article, StringComparison.OrdinalIgnoreCase),
            region is null ? null : v => string.Equals(v, region, StringComparison.OrdinalIgnoreCase),
            country is null ? null : v => string.Equals(v, country, StringComparison.OrdinalIgnoreCase),
            language is null ? null : v => string.Equals(v, language, StringComparison.OrdinalIgnoreCase),
            year is null ? null : v => string.Equals(v, year, StringComparison.Ordinal),
        ];
    }
}
