using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// Russian: ё → е (char filter) → standard tokenizer → NFKC → lower case → stop words (ё-folded list) →
/// <see cref="RussianLightStemFilter"/>.
/// </summary>
/// <remarks>
/// ё is optional in ordinary Russian writing, so it is folded to е before anything else. The light stemmer is
/// preferred over Snowball because it also strips the instrumental plural -ьми («торговля людьми» must meet «люди»,
/// «людей»), which Snowball leaves as «людьм».
/// </remarks>
public sealed class RussianSearchAnalyzer : Analyzer
{
    private static readonly NormalizeCharMap YoAsYe = BuildYoAsYe();

    private static readonly Lazy<CharArraySet> StopWords =
        new(() => NormalizedStopWords.From(RussianAnalyzer.DefaultStopSet, Normalize, FoldYo));

    protected override TextReader InitReader(string fieldName, TextReader reader) => FoldYo(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(PalermoAnalyzers.Version, reader);
        TokenStream stream = Normalize(tokenizer);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, StopWords.Value);
        stream = new RussianLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static TextReader FoldYo(TextReader reader) => new MappingCharFilter(YoAsYe, reader);

    private static TokenStream Normalize(TokenStream stream)
    {
        stream = new CompatibilityNormalizationFilter(stream);
        return new LowerCaseFilter(PalermoAnalyzers.Version, stream);
    }

    private static NormalizeCharMap BuildYoAsYe()
    {
        var builder = new NormalizeCharMap.Builder();
        builder.Add("ё", "е");
        builder.Add("Ё", "Е");
        return builder.Build();
    }
}
