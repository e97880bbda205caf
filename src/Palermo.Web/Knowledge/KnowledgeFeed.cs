using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Localization;
using Palermo.Access;
using Palermo.Knowledge;

namespace Palermo.Web.Knowledge;

/// <summary>
/// The Atom feed (RFC 4287) of new publications at /knowledge/feed.atom: published practices and case law only, newest
/// first, whoever asks — the feed is public, so the visibility rule is applied as for an anonymous reader.
/// </summary>
public static class KnowledgeFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The feed of both kinds at <c>/knowledge/feed.atom</c> (announced in every page's head), and of one kind beside its
    /// API (<c>/api/v1/practices/feed</c>, <c>/api/v1/case-law/feed</c>) for readers who follow only case law, say.
    /// </summary>
    public static void MapKnowledgeFeed(this IEndpointRouteBuilder app)
    {
        (string Path, KnowledgeKind? Kind)[] feeds =
        [
            ("/knowledge/feed.atom", null), ("/knowledge/feed", null), ("/api/v1/knowledge/feed", null),
            ("/api/v1/practices/feed", KnowledgeKind.Practice), ("/api/v1/case-law/feed", KnowledgeKind.CaseLaw),
        ];
        foreach (var (path, kind) in feeds)
            app.MapGet(path, async (HttpContext http, KnowledgeFeedQuery feed, IStringLocalizer<SharedResource> text) =>
            {
                var entries = await feed.NewestAsync(Actor.Anonymous, kind, http.RequestAborted);
                var root = $"{http.Request.Scheme}://{http.Request.Host}";
                var kinds = new Dictionary<KnowledgeKind, string> { [KnowledgeKind.Practice] = text["Knowledge.Practices"], [KnowledgeKind.CaseLaw] = text["Knowledge.CaseLaw"] };
                var title = kind is { } one ? $"{text["Knowledge.FeedTitle"]} — {kinds[one]}" : text["Knowledge.FeedTitle"].Value;
                return Results.Bytes(Write(entries, root, path, title, kinds), "application/atom+xml; charset=utf-8");
            }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>The feed as UTF-8 bytes whose XML declaration says UTF-8 (through a string, it said UTF-16 while served as UTF-8).</summary>
    /// <param name="kinds">Each kind's name in the reader's language, the label of its entries' category.</param>
    internal static byte[] Write(IReadOnlyList<KnowledgeFeedEntry> entries, string root, string path, string title, IReadOnlyDictionary<KnowledgeKind, string> kinds)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Atom);
            writer.WriteElementString("title", Atom, title);
            writer.WriteElementString("id", Atom, root + path);
            writer.WriteElementString("updated", Atom, Stamp(entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch));
            Link(writer, "self", root + path);
            Link(writer, "alternate", root + "/knowledge");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "Palermo");
            writer.WriteEndElement();
            // Records stored before input was made XML-safe may still hold characters XML cannot carry: each text is
            // cleaned as it is written, so one record can never break the whole feed.
            foreach (var entry in entries)
            {
                var kindPath = entry.Kind == KnowledgeKind.Practice ? "practices" : "case-law";
                writer.WriteStartElement("entry", Atom);
                writer.WriteAttributeString("xml", "lang", null, XmlSafeText.Safe(entry.Language));
                writer.WriteElementString("id", Atom, "urn:uuid:" + entry.Id.ToString("D"));
                writer.WriteElementString("title", Atom, XmlSafeText.Safe(entry.Title));
                writer.WriteElementString("published", Atom, Stamp(entry.Published));
                writer.WriteElementString("updated", Atom, Stamp(entry.Updated));
                Link(writer, "alternate", $"{root}/knowledge/{kindPath}/{entry.Id:D}");
                writer.WriteStartElement("category", Atom);
                writer.WriteAttributeString("term", entry.Kind.Code());
                writer.WriteAttributeString("label", kinds[entry.Kind]);
                writer.WriteEndElement();
                writer.WriteElementString("summary", Atom, XmlSafeText.Safe(KnowledgeHtml.ToPlainText(entry.Summary)));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return output.ToArray();
    }

    private static void Link(XmlWriter writer, string rel, string href)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
