using System.Xml.Linq;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Knowledge;

/// <summary>The Atom feeds of new publications: both kinds, or one kind beside its API; announced in every page's head.</summary>
public class KnowledgeFeedTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Each_kind_has_its_own_feed_and_the_site_feed_carries_both()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        const string focal = "focal.egy@demo.test";
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var practice = await KnowledgeRecords.PublishedAsync(app, focal, "practices",
            new { title = "Shelter network " + word, summary = "Shelters shared beds.", language = "en", category = "protection", countries = new[] { "EGY" } });
        var decision = await KnowledgeRecords.PublishedAsync(app, focal, "case-law",
            new { title = "Prosecutor v. recruiters " + word, summary = "Forced labour.", language = "en", country = "EGY" });
        var draft = await KnowledgeRecords.CreatedAsync(app, focal, "practices",
            new { title = "Unpublished draft " + word, summary = "Not yet.", language = "en", category = "investigation", countries = new[] { "EGY" } });

        async Task<(string Self, List<string> Ids)> Feed(string path)
        {
            var response = await app.Anonymous().GetAsync(path, Ct);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            var atom = XDocument.Load(await response.Content.ReadAsStreamAsync(Ct));
            var self = atom.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value;
            return (self, [.. atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)]);
        }
        string Urn(Guid id) => "urn:uuid:" + id.ToString("D");

        var site = await Feed("/knowledge/feed.atom");
        Assert.Contains(Urn(practice), site.Ids);
        Assert.Contains(Urn(decision), site.Ids);
        var practices = await Feed("/api/v1/practices/feed");
        Assert.EndsWith("/api/v1/practices/feed", practices.Self, StringComparison.Ordinal);
        Assert.Contains(Urn(practice), practices.Ids);
        Assert.DoesNotContain(Urn(decision), practices.Ids);
        var cases = await Feed("/api/v1/case-law/feed");
        Assert.Contains(Urn(decision), cases.Ids);
        Assert.DoesNotContain(Urn(practice), cases.Ids);
        foreach (var path in new[] { "/knowledge/feed.atom", "/knowledge/feed", "/api/v1/knowledge/feed", "/api/v1/practices/feed", "/api/v1/case-law/feed" })
            Assert.DoesNotContain(Urn(draft), (await Feed(path)).Ids);
    }

    [Fact]
    public async Task Every_page_announces_the_feed_to_feed_readers()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);

        var home = await app.Anonymous().GetStringAsync("/?culture=fr", Ct);

        Assert.Matches("<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]+\" href=\"/knowledge/feed.atom\" />", home);
    }
}
