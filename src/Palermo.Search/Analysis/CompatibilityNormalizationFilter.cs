using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Palermo.Search.Analysis;

/// <summary>
/// Applies Unicode NFKC to each token, so presentation forms (Arabic ligatures such as ﻻ, contextual letter
/// shapes copied out of PDFs), full-width Latin and compatibility ideographs index as the ordinary letters.
/// </summary>
/// <remarks>
/// Works per token rather than as a char filter so token offsets keep pointing at the original text for
/// highlighting; the standard tokenizer already keeps presentation-form words together as single tokens.
/// </remarks>
public sealed class CompatibilityNormalizationFilter : TokenFilter
{
    private readonly ICharTermAttribute termAttribute;

    public CompatibilityNormalizationFilter(TokenStream input)
        : base(input)
    {
        termAttribute = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        // ASCII is always NFKC; skipping it keeps Latin-script indexing allocation-free.
        if (Ascii.IsValid(termAttribute.Buffer.AsSpan(0, termAttribute.Length)))
        {
            return true;
        }

        var term = termAttribute.ToString();
        try
        {
            if (!term.IsNormalized(NormalizationForm.FormKC))
            {
                termAttribute.SetEmpty().Append(term.Normalize(NormalizationForm.FormKC));
            }
        }
        catch (ArgumentException)
        {
            // A lone surrogate makes the text un-normalizable; keep the token as written rather than fail indexing.
        }

        return true;
    }
}
