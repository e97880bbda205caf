using System.Collections.Concurrent;
using System.Net;
using System.Text;
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
            html.Append(WebUtility.HtmlEncode(text[position..markStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[markStart..markEnd])).Append("</mark>");
            position = markEnd;
        }
        html.Append(WebUtility.HtmlEncode(text[position..end]));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    private static List<(int Start, int End)> Marks(string language, string text, IReadOnlySet<string> terms)
    {
        var analyzer = Analyzers.GetOrAdd(PalermoAnalyzers.CanonicalLanguage(language), PalermoAnalyzers.For);
        var marks = new List<(int Start, int End)>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()) && offset.EndOffset <= text.Length && offset.StartOffset < offset.EndOffset)
                marks.Add((offset.StartOffset, offset.EndOffset));
        }
        stream.End();
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
        var limit = Math.Min(text.Length, index + 30);
        while (index < limit && !char.IsWhiteSpace(text[index])) index++;
        return index;
    }
}
