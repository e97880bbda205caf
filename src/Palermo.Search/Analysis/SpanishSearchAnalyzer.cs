using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// Spanish: standard tokenizer → NFKC → lower case → ASCII folding → stop words (folded list) →
/// <see cref="SpanishLightStemFilter"/>. Folding precedes stemming for the same reason as in French.
/// </summary>
public sealed class SpanishSearchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> StopWords =
        new(() => NormalizedStopWords.From(SpanishAnalyzer.DefaultStopSet, Normalize));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PalermoAnalyzers.Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, StopWords.Value);
        stream = new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream Normalize(TokenStream stream)
    {
        stream = new CompatibilityNormalizationFilter(stream);
        stream = new LowerCaseFilter(PalermoAnalyzers.Version, stream);
        return new ASCIIFoldingFilter(stream);
    }
}
