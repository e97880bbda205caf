namespace Palermo.Search.Analysis;

/// <summary>
/// The six-language glossary of protocol vocabulary (data/search/glossary.tsv), used to expand a query written in
/// one language to the same concepts in the other five. Expansion terms are meant to rank below same-language
/// matches; that weighting belongs to the query builder, not here.
/// </summary>
/// <remarks>
/// Entries are compared on analyzed terms, so «بالأشخاص» in a query meets «الأشخاص» in the glossary and «victimes»
/// meets «victime». A multi-word entry matches only where its analyzed terms appear consecutively in the analyzed
/// query (stop words are already gone on both sides, so «traite des personnes» meets «traite de personnes»).
/// </remarks>
public sealed class MultilingualGlossary
{
    private const string EmbeddedResourceName = "Palermo.Search.glossary.tsv";

    private static readonly Lazy<MultilingualGlossary> EmbeddedGlossary = new(LoadEmbedded);

    private MultilingualGlossary(IReadOnlyList<GlossaryEntry> entries) => Entries = entries;

    /// <summary>The glossary shipped inside Palermo.Search (a copy of data/search/glossary.tsv).</summary>
    public static MultilingualGlossary Default => EmbeddedGlossary.Value;

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Loads a tab-separated glossary file: a header «key» plus the six language codes, then one entry per row.</summary>
    /// <exception cref="FormatException">Missing column, wrong column count, empty or duplicate key.</exception>
    public static MultilingualGlossary Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }

    /// <summary>Reads a tab-separated glossary; see <see cref="Load"/>.</summary>
    /// <exception cref="FormatException">Missing column, wrong column count, empty or duplicate key.</exception>
    public static MultilingualGlossary Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new MultilingualGlossary(GlossaryTsv.Read(reader));
    }

    /// <summary>
    /// The glossary entries whose <paramref name="languageCode"/> term occurs in <paramref name="queryText"/>, ordered by
    /// position in the query (longer entries first at the same position), each with its equivalents in the other
    /// five languages. Nested entries are all reported: «identification of victims» also yields «victim».
    /// </summary>
    /// <exception cref="ArgumentException">The language is not one of the six UN languages.</exception>
    public IReadOnlyList<GlossaryMatch> FindEquivalents(string languageCode, string queryText)
    {
        var language = PalermoAnalyzers.CanonicalLanguage(languageCode);
        var queryTerms = PalermoAnalyzers.AnalyzeToTerms(language, queryText);

        var matches = new List<GlossaryMatch>();
        foreach (var entry in Entries)
        {
            if (!entry.TermsByLanguage.TryGetValue(language, out var own) || own.Terms.Count == 0)
            {
                continue;
            }

            var index = IndexOfSequence(queryTerms, own.Terms);
            if (index >= 0)
            {
                var equivalents = entry.TermsByLanguage
                    .Where(pair => !string.Equals(pair.Key, language, StringComparison.Ordinal))
                    .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
                matches.Add(new GlossaryMatch(entry, own, index, equivalents));
            }
        }

        return matches
            .OrderBy(match => match.QueryTermIndex)
            .ThenByDescending(match => match.Matched.Terms.Count)
            .ToList();
    }

    /// <summary>First index where <paramref name="phrase"/> occurs as consecutive terms of <paramref name="terms"/>, or -1.</summary>
    private static int IndexOfSequence(IReadOnlyList<string> terms, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= terms.Count; start++)
        {
            var offset = 0;
            while (offset < phrase.Count && string.Equals(terms[start + offset], phrase[offset], StringComparison.Ordinal))
            {
                offset++;
            }

            if (offset == phrase.Count)
            {
                return start;
            }
        }

        return -1;
    }

    private static MultilingualGlossary LoadEmbedded()
    {
        using var stream = typeof(MultilingualGlossary).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{EmbeddedResourceName}' is missing from Palermo.Search.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
