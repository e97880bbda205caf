using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace Palermo.Search.Analysis;

/// <summary>
/// Lucene's Arabic light stemmer (article/conjunction prefixes ال وال بال كال فال لل و, then suffixes
/// ها ان ات ون ين يه ية ه ة ي) with a floor on how short suffix stripping may make a word, and with the
/// conjunction و allowed in front of another prefix (ولل، وبال).
/// </summary>
/// <remarks>
/// Unguarded, the stemmer cuts ضحية (victim) to ضح, the same stem as ضحى (forenoon). When suffix removal would
/// leave fewer than <see cref="MinimumStemLength"/> letters, only the prefix is removed, so ضحية and الضحية still
/// meet (ضحيه) without collapsing into an unrelated two-letter stem. Prefix removal keeps Lucene's own rule
/// (at least two letters remain), which is what lets الحق match حق.
/// Must run after normalization: the suffix list is written in normalized letters (ة already folded to ه).
/// </remarks>
public sealed class GuardedArabicStemFilter : TokenFilter
{
    public const int MinimumStemLength = 3;

    private readonly ArabicStemmer stemmer = new();
    private readonly ICharTermAttribute termAttribute;
    private readonly IKeywordAttribute keywordAttribute;

    public GuardedArabicStemFilter(TokenStream input)
        : base(input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
        keywordAttribute = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keywordAttribute.IsKeyword)
        {
            var buffer = termAttribute.Buffer;
            // StemPrefix shifts the buffer left; StemSuffix only shortens the length, so the
            // prefix-only form is still intact in the buffer if the suffix result is rejected.
            var length = termAttribute.Length;
            var withoutPrefix = stemmer.StemPrefix(buffer, length);
            if (length - withoutPrefix == 1)
            {
                // Only the conjunction و came off; Lucene strips one prefix, but و stacks on the others
                // (وللدول، وبالضحايا), so give the remainder one more pass under the same length rules.
                withoutPrefix = stemmer.StemPrefix(buffer, withoutPrefix);
            }

            var withoutSuffix = stemmer.StemSuffix(buffer, withoutPrefix);
            termAttribute.Length = withoutSuffix >= MinimumStemLength ? withoutSuffix : withoutPrefix;
        }

        return true;
    }
}
