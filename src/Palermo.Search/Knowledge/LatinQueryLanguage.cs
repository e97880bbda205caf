using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;
using Palermo.Search.Analysis;

namespace Palermo.Search.Knowledge;

/// <summary>
/// Which of English, French and Spanish a Latin-script query is written in, when its words say so: someone reading
/// the English pages who types «traite des personnes» or «trata de personas» into the one search box means French or
/// Spanish. Evidence, strongest first: letters only one of the three uses (ç, è, œ … / ñ, á, ¿ …), glossary terms of
/// the language found in the query, and its stop words. Without a clear winner there is no answer here:
/// <see cref="KnowledgeQueryPlanner.DetectLanguages"/> then takes the page's language and searches the other two as well.
/// </summary>
internal static partial class LatinQueryLanguage
{
    internal static readonly IReadOnlyList<string> Languages = ["en", "fr", "es"];

    private static readonly Lazy<CharArraySet[]> StopWords = new(() =>
        [EnglishAnalyzer.DefaultStopSet, FrenchAnalyzer.DefaultStopSet, SpanishAnalyzer.DefaultStopSet]);

    // French writes è ê ë à â î ï ô û ù ç œ ÿ, Spanish ñ á í ó ú ü ¿ ¡; é is both's, English has none of them.
    private const string FrenchLetters = "èêëàâîïôûùçœÿ";
    private const string SpanishLetters = "ñáíóúü¿¡";

    private const int LetterWeight = 3;
    private const int GlossaryTermWeight = 2;

    /// <summary>The query's language among en, fr, es when its text shows it; null when no language wins.</summary>
    public static string? Decide(string text)
    {
        var scores = new int[Languages.Count];
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        foreach (var c in lower)
        {
            if (FrenchLetters.Contains(c, StringComparison.Ordinal)) scores[1] += LetterWeight;
            if (SpanishLetters.Contains(c, StringComparison.Ordinal)) scores[2] += LetterWeight;
        }
        for (var i = 0; i < Languages.Count; i++)
        {
            foreach (var match in MultilingualGlossary.Default.FindEquivalents(Languages[i], text))
                scores[i] += GlossaryTermWeight * match.Matched.Terms.Count;
            foreach (var word in Words(lower))
                if (StopWords.Value[i].Contains(word)) scores[i]++;
        }
        var best = scores.Max();
        var winners = Enumerable.Range(0, Languages.Count).Where(i => scores[i] == best).ToList();
        return best > 0 && winners.Count == 1 ? Languages[winners[0]] : null;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
