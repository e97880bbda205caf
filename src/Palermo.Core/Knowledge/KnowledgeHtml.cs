using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace Palermo.Knowledge;

/// <summary>Every text of a practice or case passes through here before it is stored: no script ever, links kept.</summary>
public static partial class KnowledgeHtml
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <remarks>Characters XML cannot carry are dropped before and after: the sanitizer may decode them from entities.</remarks>
    public static string Sanitize(string? html) =>
        string.IsNullOrEmpty(html) ? "" : XmlSafeText.Safe(Sanitizer.Sanitize(XmlSafeText.Safe(html))).Trim();

    /// <summary>Plain text of sanitized HTML, for search and snippets.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var withoutTags = Tag().Replace(html, " ");
        // Decoding turns &#1; back into a control character, so the plain text is made XML-safe again.
        return Spaces().Replace(XmlSafeText.Safe(WebUtility.HtmlDecode(withoutTags)), " ").Trim();
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
