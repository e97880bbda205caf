using System.Text;

namespace Palermo.TravelDocuments;

/// <summary>
/// Arabic-script names to MRZ characters by ICAO Doc 9303 Part 3, section 6, Table C ("Transliteration of Arabic
/// script", MRZ only; 7th edition 2015 with the 2016 amendments). The table is letter-for-letter and reversible:
/// letters with no plain Latin equivalent get an X escape before them (ث XTH, ح XH, ص XSS …); short-vowel marks
/// are not encoded, shadda doubles the letter, and teh marbuta is XTA inside a name component but XAH at its end.
/// Persian, Urdu and Pashto letters of the same table are included.
/// </summary>
public static class IcaoTransliteration
{
    private const char Shadda = '\u0651';
    private const char TehMarbuta = '\u0629';

    /// <summary>One name (any number of components) as MRZ text: A–Z, components joined with <c>&lt;</c>.</summary>
    public static string FromArabic(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;

        // NFKC turns presentation forms (ﻻ, final/initial glyph codes) into the base letters the table lists.
        var text = name.Normalize(NormalizationForm.FormKC);
        var output = new StringBuilder(text.Length * 2);
        string? previous = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Shadda)
            {
                // Shadda marks a doubled consonant; the MRZ writes the letter twice (عبّاس → EBBAS).
                if (previous is not null) output.Append(previous);
                continue;
            }

            var letter = c == TehMarbuta ? (EndsComponent(text, i + 1) ? "XAH" : "XTA") : Letter(c);
            if (letter is not null)
            {
                output.Append(letter);
                previous = letter;
                continue;
            }

            if (IsSeparator(c))
            {
                if (output.Length > 0 && output[^1] != '<') output.Append('<');
                previous = null;
            }

            // Anything else (short vowels, tatweel, digits, punctuation) is not encoded.
        }

        while (output.Length > 0 && output[^1] == '<') output.Length--;
        return output.ToString();
    }

    /// <summary>A whole MRZ name field: primary identifier, <c>&lt;&lt;</c>, secondary identifier.</summary>
    public static string FromArabic(string? primaryIdentifier, string? secondaryIdentifier)
    {
        var primary = FromArabic(primaryIdentifier);
        var secondary = FromArabic(secondaryIdentifier);
        return secondary.Length == 0 ? primary : string.Concat(primary, "<<", secondary);
    }

    // A name component ends where the next character that is not a vowel mark is not a letter.
    private static bool EndsComponent(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnencodedMark(c) || c == Shadda) continue;
            return c != TehMarbuta && Letter(c) is null;
        }

        return true;
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or ',' or '\u060C' or '<' or '\'';

    private static bool IsUnencodedMark(char c) => c is (>= '\u064B' and <= '\u0652') or '\u0670' or '\u0640';

    private static string? Letter(char c) => c switch
    {
        >= 'A' and <= 'Z' => Latin[c - 'A'],
        >= 'a' and <= 'z' => Latin[c - 'a'],
        '\u0621' => "XE", // hamza
        '\u0622' => "XAA", // alef with madda above
        '\u0623' => "XAE", // alef with hamza above
        '\u0624' => "U", // waw with hamza above
        '\u0625' => "I", // alef with hamza below
        '\u0626' => "XI", // yeh with hamza above
        '\u0627' => "A", // alef
        '\u0628' => "B",
        '\u062A' => "T",
        '\u062B' => "XTH", // theh
        '\u062C' => "J",
        '\u062D' => "XH", // hah
        '\u062E' => "XKH", // khah
        '\u062F' => "D",
        '\u0630' => "XDH", // thal
        '\u0631' => "R",
        '\u0632' => "Z",
        '\u0633' => "S",
        '\u0634' => "XSH", // sheen
        '\u0635' => "XSS", // sad
        '\u0636' => "XDZ", // dad
        '\u0637' => "XTT", // tah
        '\u0638' => "XZZ", // zah
        '\u0639' => "E", // ain
        '\u063A' => "G", // ghain
        '\u0641' => "F",
        '\u0642' => "Q",
        '\u0643' => "K",
        '\u0644' => "L",
        '\u0645' => "M",
        '\u0646' => "N",
        '\u0647' => "H",
        '\u0648' => "W",
        '\u0649' => "XAY", // alef maksura
        '\u064A' => "Y",
        '\u0671' => "XXA", // alef wasla
        '\u0679' => "XXT", // tteh (Urdu)
        '\u067C' => "XRT", // teh with ring (Pashto)
        '\u067E' => "P", // peh
        '\u0681' => "XKE", // hah with hamza above (Pashto)
        '\u0685' => "XXH", // hah with three dots above (Pashto)
        '\u0686' => "XC", // tcheh
        '\u0688' => "XXD", // ddal (Urdu)
        '\u0689' => "XDR", // dal with ring (Pashto)
        '\u0691' => "XXR", // rreh (Urdu)
        '\u0693' => "XRR", // reh with ring (Pashto)
        '\u0696' => "XRX", // reh with dot below and dot above (Pashto)
        '\u0698' => "XJ", // jeh
        '\u069A' => "XXS", // seen with dot below and dot above (Pashto)
        '\u06A9' => "XKK", // keheh
        '\u06AB' => "XXK", // kaf with ring (Pashto)
        '\u06AD' => "XNG", // ng
        '\u06AF' => "XGG", // gaf
        '\u06BA' => "XNN", // noon ghunna
        '\u06BC' => "XXN", // noon with ring (Pashto)
        '\u06BE' => "XDO", // heh doachashmee
        '\u06C0' => "XYH", // heh with yeh above
        '\u06C1' => "XXG", // heh goal
        '\u06C2' => "XGE", // heh goal with hamza above
        '\u06C3' => "XTG", // teh marbuta goal
        '\u06CC' => "XYA", // Farsi yeh
        '\u06CD' => "XXY", // yeh with tail (Pashto)
        '\u06D0' => "Y", // e (Pashto)
        '\u06D2' => "XYB", // yeh barree
        '\u06D3' => "XBE", // yeh barree with hamza above
        _ => null,
    };

    private static readonly string[] Latin = BuildLatin();

    private static string[] BuildLatin()
    {
        var letters = new string[26];
        for (var i = 0; i < letters.Length; i++) letters[i] = new string((char)('A' + i), 1);
        return letters;
    }
}
