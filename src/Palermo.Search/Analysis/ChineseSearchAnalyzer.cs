using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;

namespace Palermo.Search.Analysis;

/// <summary>
/// Chinese: <see cref="HMMChineseTokenizer"/> (SmartCn dictionary word segmentation, e.g. 贩运人口 → 贩运 | 人口) → NFKC
/// → lower case → SmartCn stop set (punctuation) → Porter stemming for embedded English words.
/// </summary>
/// <remarks>
/// The same chain as Lucene's <see cref="SmartChineseAnalyzer"/>, plus NFKC so compatibility ideographs from
/// PDF extraction meet their unified forms.
/// </remarks>
public sealed class ChineseSearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new HMMChineseTokenizer(reader);
        TokenStream stream = new CompatibilityNormalizationFilter(tokenizer);
        stream = new LowerCaseFilter(PalermoAnalyzers.Version, stream);
        stream = new StopFilter(PalermoAnalyzers.Version, stream, SmartChineseAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
