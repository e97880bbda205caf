using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// English: standard tokenizer → NFKC → possessive 's removal → lower case → ASCII folding (names such as
/// Côte d'Ivoire) → stop words → stem overrides → <see cref="PorterStemFilter"/>.
/// </summary>
/// <remarks>
/// Porter rather than KStem: KStem leaves trafficked as «trafficke», apart from trafficking. Porter however reduces
/// «organized» and «organization» to «organ», which in this domain would make every query about removal of organs
/// match every mention of organized crime; the override pins the organiz-/organis- family to «organiz».
/// </remarks>
public sealed class EnglishSearchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> StopWords =
        new(() => NormalizedStopWords.From(EnglishAnalyzer.DefaultStopSet, Normalize));

    private static readonly Lazy<StemmerOverrideFilter.StemmerOverrideMap> StemOverrides = new(BuildStemOverrides);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PalermoAnalyzers.Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, StopWords.Value);
        stream = new StemmerOverrideFilter(stream, StemOverrides.Value);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream Normalize(TokenStream stream)
    {
        stream = new CompatibilityNormalizationFilter(stream);
        stream = new EnglishPossessiveFilter(PalermoAnalyzers.Version, stream);
        stream = new LowerCaseFilter(PalermoAnalyzers.Version, stream);
        return new ASCIIFoldingFilter(stream);
    }

    private static StemmerOverrideFilter.StemmerOverrideMap BuildStemOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var spelling in new[] { "organiz", "organis" })
        {
            foreach (var ending in new[] { "e", "ed", "es", "ing", "er", "ers", "ation", "ations", "ational" })
            {
                builder.Add(spelling + ending, "organiz");
            }
        }

        return builder.Build();
    }
}
