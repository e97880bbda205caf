using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// The one place that decides how text in each UN language becomes search terms. Both the Lucene index and the
/// PostgreSQL full-text columns are fed from here, so the two engines agree on what a word is.
/// </summary>
public static class PalermoAnalyzers
{
    /// <summary>Lucene compatibility version for every analyzer, tokenizer and filter in Palermo.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Language codes with an analyzer: ar, zh, en, fr, ru, es.</summary>
    public static IReadOnlyList<string> SupportedLanguages => PalermoLanguages.Codes;

    private static readonly FrozenDictionary<string, Func<Analyzer>> Factories =
        new Dictionary<string, Func<Analyzer>>(StringComparer.Ordinal)
        {
            ["ar"] = () => new ArabicSearchAnalyzer(),
            ["zh"] = () => new ChineseSearchAnalyzer(),
            ["en"] = () => new EnglishSearchAnalyzer(),
            ["fr"] = () => new FrenchSearchAnalyzer(),
            ["ru"] = () => new RussianSearchAnalyzer(),
            ["es"] = () => new SpanishSearchAnalyzer(),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Analyzers are thread-safe (per-thread token stream reuse); these are never handed out, so never disposed.
    private static readonly FrozenDictionary<string, Lazy<Analyzer>> SharedForTerms =
        Factories.ToFrozenDictionary(pair => pair.Key, pair => new Lazy<Analyzer>(pair.Value), StringComparer.Ordinal);

    /// <summary>
    /// A new analyzer for <paramref name="languageCode"/> ("ar", "fr", …; case-insensitive; a region such as
    /// "ar-EG" or "zh-Hans" is ignored). The caller owns it and disposes it with the index writer or searcher.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not one of the six UN languages.</exception>
    public static Analyzer For(string languageCode) => Factories[CanonicalLanguage(languageCode)]();

    /// <summary>True when <see cref="For"/> accepts <paramref name="languageCode"/>.</summary>
    public static bool Supports(string? languageCode) =>
        languageCode is not null && Factories.ContainsKey(PrimarySubtag(languageCode));

    /// <summary>
    /// The analyzed terms of <paramref name="text"/>, in order, duplicates kept. Pure: the same input always gives
    /// the same terms. PostgreSQL builds its tsvector from these with the 'simple' configuration.
    /// </summary>
    /// <exception cref="ArgumentException">The language is not one of the six UN languages.</exception>
    public static IReadOnlyList<string> AnalyzeToTerms(string languageCode, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzer = SharedForTerms[CanonicalLanguage(languageCode)].Value;
        if (text.Length == 0)
        {
            return [];
        }

        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>
    /// The analyzed terms of <paramref name="text"/> with their positions (0-based, gaps left where stop words were
    /// removed): what Lucene records in its index and what PostgreSQL's tsvector gets (1-based), so that phrase
    /// queries match the same documents on both engines.
    /// </summary>
    public static IReadOnlyList<(string Term, int Position)> AnalyzeToPositions(string languageCode, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var analyzer = SharedForTerms[CanonicalLanguage(languageCode)].Value;
        if (text.Length == 0) return [];
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), Math.Max(0, position)));
        }
        stream.End();
        return tokens;
    }

    /// <summary>The supported code «ar-EG» or «AR» stands for («ar»).</summary>
    /// <exception cref="ArgumentException">The language is not one of the six UN languages.</exception>
    internal static string CanonicalLanguage(string languageCode)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        var primary = PrimarySubtag(languageCode);
        return Factories.ContainsKey(primary)
            ? primary
            : throw new ArgumentException(
                $"No search analyzer for language '{languageCode}'; expected one of {string.Join(", ", SupportedLanguages)}.",
                nameof(languageCode));
    }

    private static string PrimarySubtag(string languageCode)
    {
        var trimmed = languageCode.Trim();
        var separator = trimmed.AsSpan().IndexOfAny('-', '_');
        return (separator < 0 ? trimmed : trimmed[..separator]).ToLowerInvariant();
    }
}
