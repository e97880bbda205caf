using System.Text;
using System.Xml;

namespace Palermo.Knowledge;

/// <summary>
/// Text XML can carry. Control characters other than TAB, LF and CR, U+FFFE/U+FFFF and lone surrogates cannot appear in
/// an XML document at all, so a record holding one (typed, pasted or written as <c>&amp;#1;</c>) broke every Atom feed
/// it was in. They are dropped from records on the way in, and from anything written to a feed on the way out.
/// </summary>
public static class XmlSafeText
{
    public static string Safe(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                kept?.Append(text, i, pair ? 2 : 1);
                if (pair) i++;
                continue;
            }
            // The first character to drop: copy what came before it once; most texts never get here.
            kept ??= new StringBuilder(text.Length).Append(text, 0, i);
        }
        return kept?.ToString() ?? text;
    }
}
