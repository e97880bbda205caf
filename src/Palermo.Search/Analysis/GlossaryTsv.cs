using System.Globalization;

namespace Palermo.Search.Analysis;

/// <summary>
/// Reads the glossary's tab-separated form: a header naming «key» and the six language codes (any order), then one
/// concept per row. Each term is analyzed once here so matching a query later is a plain term comparison.
/// </summary>
internal static class GlossaryTsv
{
    private const string KeyColumn = "key";

    /// <exception cref="FormatException">Missing column, wrong column count, empty or duplicate key.</exception>
    public static IReadOnlyList<GlossaryEntry> Read(TextReader reader)
    {
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

        return entries;
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

    private static int ColumnOf(string[] columns, string name)
    {
        var index = Array.FindIndex(columns, column => string.Equals(column.Trim(), name, StringComparison.Ordinal));
        return index >= 0 ? index : throw new FormatException($"The glossary header has no '{name}' column.");
    }
}
