using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Palermo.Search.Analysis;

namespace Palermo.Search.Knowledge;

/// <summary>
/// A short extract of a document around its first matching word, HTML-encoded, with every word whose analyzed term
/// was searched for wrapped in &lt;mark&gt;. Same for both backends: it works on the stored text.
/// </summary>
public static class SnippetBuilder
{
    public const int Length = 240;

    // Escapes what HTML needs (< > & quotes) and leaves every script's letters as they are (WebUtility.HtmlEncode turned
    // «víctimas» into «v&#237;ctimas»).
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private const int WordEndSlack = 30; // how far past Length a snippet may run to finish its last word

    // Analyzers reuse token streams per thread, so one per language serves every request.
    private static readonly ConcurrentDictionary<string, Analyzer> Analyzers = new(StringComparer.Ordinal);

    public static string Build(string language, string text, IReadOnlySet<string>? terms)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var marks = terms is { Count: > 0 } ? Marks(language, text, terms) : [];
        var start = 0;
        if (marks.Count > 0 && marks[0].Start > Length / 3) start = WordStart(text, marks[0].Start - Length / 3);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length) end = WordEnd(text, end);

        var html = new StringBuilder();
        if (start > 0) html.Append('…');
        var position = start;
        foreach (var (markStart, markEnd) in marks.Where(m => m.Start >= start && m.End <= end))
        {
            if (markStart < position) continue;
            html.Append(Encode(text[position..markStart]));
            html.Append("<mark>").Append(Encode(text[markStart..markEnd])).Append("</mark>");
            position = markEnd;
        }
        html.Append(Encode(text[position..end]));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    // A snippet is one line of running text: the break between summary and body (and any tab) would otherwise reach
    // JSON clients as «&#xA;».
    private static string Encode(string text) => Html.Encode(text.ReplaceLineEndings(" ").Replace('\t', ' '));

    private static List<(int Start, int End)> Marks(string language, string text, IReadOnlySet<string> terms)
    {
        var canonical = PalermoAnalyzers.CanonicalLanguage(language);
        var analyzer = Analyzers.GetOrAdd(canonical, PalermoAnalyzers.For);
        // SmartCn segmentation costs about 10 µs per character in Lucene.NET, milliseconds per hit: a Chinese term is
        // its own written form (segmentation only finds where words end), so its occurrences are found as written.
        if (canonical == "zh" && terms.All(IsIdeographic)) return WrittenOccurrences(text, terms);
        var marks = new List<(int Start, int End)>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        // Only the window around the first mark is shown: once past its furthest possible end (Build's start, length
        // and word end), the rest of a long document is not analyzed.
        var stopAt = int.MaxValue;
        while (stream.IncrementToken() && offset.StartOffset < stopAt)
        {
            if (!terms.Contains(term.ToString()) || offset.EndOffset > text.Length || offset.StartOffset >= offset.EndOffset) continue;
            if (marks.Count == 0) stopAt = Math.Max(0, offset.StartOffset - Length / 3) + Length + WordEndSlack;
            marks.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return marks;
    }

    private static bool IsIdeographic(string term) => term.Length > 0 && term.All(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');

    /// <summary>Every occurrence of one of <paramref name="terms"/> in <paramref name="text"/>, the longest first where several start at one place.</summary>
    private static List<(int Start, int End)> WrittenOccurrences(string text, IReadOnlySet<string> terms)
    {
        var longestFirst = terms.OrderByDescending(t => t.Length).ToList();
        var marks = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            var term = longestFirst.FirstOrDefault(t => string.CompareOrdinal(text, i, t, 0, t.Length) == 0);
            if (term is null)
            {
                i++;
                continue;
            }
            marks.Add((i, i + term.Length));
            i += term.Length;
        }
        return marks;
    }

    private static int WordStart(string text, int index)
    {
        index = Math.Clamp(index, 0, text.Length);
        while (index > 0 && !char.IsWhiteSpace(text[index - 1])) index--;
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        var limit = Math.Min(text.Length, index + WordEndSlack);
        while (index < limit && !char.IsWhiteSpace(text[index])) index++;
        return index;
    }
}
