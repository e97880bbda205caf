using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Palermo.Search.Analysis;

/// <summary>
/// Puts a stop-word list through the same normalization as the text. Our chains fold spelling (accents, hamza,
/// ё) before stop filtering, so the stock lists (written with accents and hamza) must be folded the same way or
/// «الى» typed without hamza, or «etre» without accent, would slip past the filter.
/// </summary>
internal static class NormalizedStopWords
{
    public static CharArraySet From(
        CharArraySet stopWords,
        Func<TokenStream, TokenStream> normalization,
        Func<TextReader, TextReader>? charFilter = null)
    {
        using var normalizer = Analyzer.NewAnonymous(
            createComponents: (_, reader) =>
            {
                var tokenizer = new KeywordTokenizer(reader);
                return new TokenStreamComponents(tokenizer, normalization(tokenizer));
            },
            initReader: (_, reader) => charFilter is null ? reader : charFilter(reader));

        var normalized = new CharArraySet(PalermoAnalyzers.Version, stopWords.Count, ignoreCase: false);
        foreach (var word in stopWords)
        {
            using var stream = normalizer.GetTokenStream(string.Empty, word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                normalized.Add(term.ToString());
            }

            stream.End();
        }

        return normalized.AsReadOnly();
    }
}
