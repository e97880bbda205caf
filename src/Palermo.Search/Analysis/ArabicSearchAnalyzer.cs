using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// Arabic: standard tokenizer → NFKC → lower case (Latin words in Arabic text) → <see cref="ArabicOrthographyFilter"/>
/// → Lucene <see cref="ArabicNormalizationFilter"/> → stop words (normalized list) → <see cref="GuardedArabicStemFilter"/>.
/// </summary>
/// <remarks>
/// Unlike Lucene's <see cref="ArabicAnalyzer"/>, stop words are removed after normalization, so a stop word typed
/// without hamza (الى) is caught as well as the listed إلى.
/// </remarks>
public sealed class ArabicSearchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> StopWords =
        new(() => NormalizedStopWords.From(ArabicAnalyzer.DefaultStopSet, Normalize));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PalermoAnalyzers.Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, StopWords.Value);
        stream = new GuardedArabicStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream Normalize(TokenStream stream)
    {
        stream = new CompatibilityNormalizationFilter(stream);
        stream = new LowerCaseFilter(PalermoAnalyzers.Version, stream);
        stream = new ArabicOrthographyFilter(stream);
        return new ArabicNormalizationFilter(stream);
    }
}
