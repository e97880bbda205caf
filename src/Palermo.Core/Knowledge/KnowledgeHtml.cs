using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Palermo.Knowledge;

/// <summary>Every text of a practice or case passes through here before it is stored: no script ever, links kept.</summary>
public static partial class KnowledgeHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Sanitize(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Sanitizer.Sanitize(html).Trim();

    /// <summary>Plain text of sanitized HTML, for search and snippets.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var withoutTags = Tag().Replace(html, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(withoutTags), " ").Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        // A link opened from a record must not control the page that opened it.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.HasAttribute("href"))
                link.SetAttribute("rel", "noopener noreferrer nofollow");
        };
        sanitizer.AllowedAttributes.Add("rel");
        return sanitizer;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
