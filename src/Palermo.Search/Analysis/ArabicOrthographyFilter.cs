using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Palermo.Search.Analysis;

/// <summary>
/// Arabic spelling unification that Lucene's <c>ArabicNormalizationFilter</c> leaves out. Runs before it; that filter
/// then folds أ إ آ → ا, ى → ي, ة → ه and strips tatweel and the common tashkeel.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>ٱ (alef wasla) → ا.</item>
/// <item>ؤ → و and ئ → ي (so the hamza-less spellings مسوول and لاجي meet), with two exceptions for where the seat
/// itself varies by region: ئ before و → و, so مسئول meets مسؤول (both مسوول); and either seat right before a
/// word-final ون → ي, so لاجئون meets لاجئين and لاجئ after stemming, and شؤون meets شئون.</item>
/// <item>Persian yeh ی → ي and keheh ک → ك, which leak into Arabic text from Persian keyboards and PDF extraction.</item>
/// <item>Arabic-Indic ٠–٩ and extended ۰–۹ digits → 0–9, so article numbers match whichever digits were typed.</item>
/// <item>Every remaining Arabic combining mark (superscript alef, Quranic annotation, loose hamza/madda marks) is
/// dropped: none of them changes which word is meant for search.</item>
/// </list>
/// </remarks>
public sealed class ArabicOrthographyFilter : TokenFilter
{
    private const char Alef = '\u0627';
    private const char AlefWasla = '\u0671';
    private const char WawWithHamza = '\u0624';
    private const char YehWithHamza = '\u0626';
    private const char Waw = '\u0648';
    private const char Yeh = '\u064A';
    private const char Kaf = '\u0643';
    private const char Noon = '\u0646';
    private const char PersianYeh = '\u06CC';
    private const char Keheh = '\u06A9';
    private const char ArabicIndicZero = '\u0660';
    private const char ExtendedArabicIndicZero = '\u06F0';

    private readonly ICharTermAttribute termAttribute;

    public ArabicOrthographyFilter(TokenStream input)
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

        termAttribute.Length = Unify(termAttribute.Buffer, termAttribute.Length);
        return true;
    }

    /// <summary>Rewrites <paramref name="buffer"/> in place and returns the new length (marks are removed).</summary>
    internal static int Unify(char[] buffer, int length)
    {
        var written = 0;
        for (var read = 0; read < length; read++)
        {
            var c = buffer[read];
            if (IsArabicCombiningMark(c))
            {
                continue;
            }

            buffer[written++] = c switch
            {
                AlefWasla => Alef,
                WawWithHamza or YehWithHamza when EndsWithWawNoonAfter(buffer, read, length) => Yeh,
                WawWithHamza => Waw,
                YehWithHamza => NextLetter(buffer, read, length) is Waw or WawWithHamza ? Waw : Yeh,
                PersianYeh => Yeh,
                Keheh => Kaf,
                >= ArabicIndicZero and <= '\u0669' => (char)('0' + (c - ArabicIndicZero)),
                >= ExtendedArabicIndicZero and <= '\u06F9' => (char)('0' + (c - ExtendedArabicIndicZero)),
                _ => c,
            };
        }

        return written;
    }

    /// <summary>The letter after <paramref name="index"/>, skipping combining marks; '\0' at the end of the token.</summary>
    private static char NextLetter(char[] buffer, int index, int length)
    {
        var next = NextLetterIndex(buffer, index, length);
        return next < length ? buffer[next] : '\0';
    }

    /// <summary>True when exactly و then ن (marks aside) follow <paramref name="index"/> to the end of the token.</summary>
    private static bool EndsWithWawNoonAfter(char[] buffer, int index, int length)
    {
        var waw = NextLetterIndex(buffer, index, length);
        if (waw >= length || buffer[waw] != Waw)
        {
            return false;
        }

        var noon = NextLetterIndex(buffer, waw, length);
        return noon < length && buffer[noon] == Noon && NextLetterIndex(buffer, noon, length) >= length;
    }

    private static int NextLetterIndex(char[] buffer, int index, int length)
    {
        var next = index + 1;
        while (next < length && IsArabicCombiningMark(buffer[next]))
        {
            next++;
        }

        return next;
    }

    private static bool IsArabicCombiningMark(char c) =>
        c is >= '\u0610' and <= '\u06FF'
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
