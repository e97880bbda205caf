using System.Globalization;

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
    private const string KeyColumn = "key";
    private const string EmbeddedResourceName = "Palermo.Search.glossary.tsv";

    private static readonly Lazy<MultilingualGlossary> EmbeddedGlossary = new(LoadEmbedded);

    private MultilingualGlossary(IReadOnlyList<GlossaryEntry> entries) => Entries = entries;

    /// <summary>The glossary shipped inside Palermo.Search (a copy of data/search/glossary.tsv).</summary>
    public static MultilingualGlossary Default => EmbeddedGlossary.Value;

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Loads a tab-separated glossary file: a header «key» plus the six language codes, then one entry per row.</summary>
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
        var header = reader.ReadLine() ?? throw new FormatException("The glossary is empty; expected a header row.");
        var columns = header.Split('\t');
        var keyColumn = ColumnOf(columns, KeyColumn);
        var languageColumns = PalermoAnalyzers.SupportedLanguages.ToDictionary(
            language => language, language => ColumnOf(columns, language), StringComparer.Ordinal);

        var entries = new List<GlossaryEntry>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns.Length)
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Glossary line {lineNumber} has {cells.Length} columns; the header has {columns.Length}."));
            }

            var key = cells[keyColumn].Trim();
            if (key.Length == 0 || !seenKeys.Add(key))
            {
                throw new FormatException(string.Create(
                    CultureInfo.InvariantCulture, $"Glossary line {lineNumber} has an empty or duplicate key '{key}'."));
            }

            entries.Add(new GlossaryEntry(key, AnalyzeRow(cells, languageColumns)));
        }

        return new MultilingualGlossary(entries);
    }

    /// <summary>
    /// The glossary entries whose <paramref name="languageCode"/> term occurs in <paramref name="queryText"/>, ordered by
    /// position in the query (longer entries first at the same position), each with its equivalents in the other
    /// five languages. Nested entries are all reported: «identification of victims» also yields «victim».
    /// </summary>
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

    private static Dictionary<string, GlossaryTerm> AnalyzeRow(string[] cells, Dictionary<string, int> languageColumns)
    {
        var terms = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var (language, column) in languageColumns)
        {
            var text = cells[column].Trim();
            if (text.Length > 0)
            {
                terms[language] = new GlossaryTerm(language, text, PalermoAnalyzers.AnalyzeToTerms(language, text));
            }
        }

        return terms;
    }

    private static int IndexOfSequence(IReadOnlyList<string> haystack, IReadOnlyList<string> needle)
    {
        for (var start = 0; start + needle.Count <= haystack.Count; start++)
        {
            var all = true;
            for (var offset = 0; offset < needle.Count && all; offset++)
            {
                all = string.Equals(haystack[start + offset], needle[offset], StringComparison.Ordinal);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    private static int ColumnOf(string[] columns, string name)
    {
        var index = Array.FindIndex(columns, column => string.Equals(column.Trim(), name, StringComparison.Ordinal));
        return index >= 0 ? index : throw new FormatException($"The glossary header has no '{name}' column.");
    }

    private static MultilingualGlossary LoadEmbedded()
    {
        using var stream = typeof(MultilingualGlossary).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{EmbeddedResourceName}' is missing from Palermo.Search.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
