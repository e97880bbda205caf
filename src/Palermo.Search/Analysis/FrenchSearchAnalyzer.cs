using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// French: standard tokenizer → NFKC → elision (l', d', qu'…, straight or curly apostrophe) → lower case →
/// ASCII folding → stop words (folded list) → <see cref="FrenchLightStemFilter"/>.
/// </summary>
/// <remarks>
/// Folding runs before stemming so the stemmer sees the same letters whether or not the writer typed accents:
/// with folding after, «frontières» and «frontieres» stem differently.
/// </remarks>
public sealed class FrenchSearchAnalyzer : Analyzer
{
    private static readonly Lazy<CharArraySet> StopWords =
        new(() => NormalizedStopWords.From(FrenchAnalyzer.DefaultStopSet, Normalize));

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PalermoAnalyzers.Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, StopWords.Value);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TokenStream Normalize(TokenStream stream)
    {
        stream = new CompatibilityNormalizationFilter(stream);
        stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(PalermoAnalyzers.Version, stream);
        return new ASCIIFoldingFilter(stream);
    }
}
