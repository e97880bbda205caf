using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;
using Palermo.Web.Tests.Reporting;

namespace Palermo.Web.Tests.Security;

/// <summary>
/// Input that used to answer 500 (issue 14, item 11) is the client's mistake: a clear 4xx that changes nothing.
/// Each request goes through the real pipeline.
/// </summary>
public class NoServerErrorsTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_json_body_in_a_charset_nobody_can_decode_is_refused_with_415()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        focal.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var email = $"ebcdic.{Guid.NewGuid():N}@example.org";
        var body = new StringContent(JsonSerializer.Serialize(new { email, role = "Contributor", language = "en" }), Encoding.UTF8);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=ebcdic");

        var response = await focal.PostAsync("/api/v1/invitations", body, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("unsupported-media-type", problem.GetProperty("code").GetString());
        Assert.Contains("UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Invitations(app, email));
    }

    [Theory, AllDatabases]
    public async Task A_null_country_among_reminders_is_a_400_naming_it_and_nobody_is_reminded(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");

        var response = await secretariat.PostAsync($"/api/v1/cycles/{id}/reminders", Json("""{"countries":["EGY",null]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(("countries[1]", "missing-item"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
        var completeness = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness", Ct);
        Assert.All(completeness.GetProperty("countries").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("lastReminder").ValueKind));
    }

    [Theory, AllDatabases]
    public async Task A_null_comment_on_return_is_a_400_and_the_submission_stays_submitted(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, definition) = await ReportingClient.OpenCycleAsync(app);
        var url = $"/api/v1/cycles/{id}/submissions/EGY";
        var contributor = await SignIn.Bearer(app, "contributor.egy@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await contributor.PutAsJsonAsync(url, new { version = 0, answers = ReportingClient.ValidAnswers(definition) }, Ct)).StatusCode);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await focal.PostAsync(url + "/submit", null, Ct)).StatusCode);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");

        var response = await secretariat.PostAsync(url + "/return", Json("""{"comments":[null]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("comments[0]", error.GetProperty("field").GetString());
        var seen = await focal.GetFromJsonAsync<JsonElement>(url, Ct);
        Assert.Equal(("submitted", 2), (seen.GetProperty("state").GetString(), seen.GetProperty("version").GetInt32()));
    }

    [Theory, AllDatabases]
    public async Task An_invitation_to_two_addresses_is_a_400_and_nothing_is_stored(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var unique = Guid.NewGuid().ToString("N");
        var email = $"a.{unique}@x.org, b@evil.example";

        var response = await focal.PostAsJsonAsync("/api/v1/invitations", new { email, role = "Contributor", language = "en" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString());
        Assert.Contains("invalid-email", codes);
        Assert.Equal(0, Invitations(app, unique));
        var pickup = Path.Combine(app.Database.DataDirectory, "mail-pickup");
        // The folder appears with the first mail this app sends; none at all is also no mail.
        if (Directory.Exists(pickup))
            Assert.DoesNotContain(Directory.GetFiles(pickup).Select(File.ReadAllText), m => m.Contains(unique, StringComparison.Ordinal));
    }

    [Theory, AllDatabases]
    public async Task A_control_character_in_a_title_is_dropped_and_never_breaks_a_feed(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        var practice = await KnowledgeRecords.PublishedAsync(app, "focal.egy@demo.test", "practices",
            new { title = "Shelter\u0001 network " + word, summary = "Beds\u0002 &#1; shared.", language = "en", category = "protection", countries = new[] { "EGY" } });
        var decision = await KnowledgeRecords.PublishedAsync(app, "focal.egy@demo.test", "case-law",
            new { title = "Prosecutor\u0007 v. recruiters " + word, summary = "Forced labour.", language = "en", country = "EGY" });

        // Dropped on the way in.
        var stored = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/practices/{practice}", Ct);
        Assert.Equal("Shelter network " + word, stored.GetProperty("title").GetString());
        await AssertFeedsReadableAsync(app, practice, decision);

        // A record stored before input was cleaned still must not break any feed.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
            await db.Practices.IgnoreQueryFilters().Where(p => p.Id == practice).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Old\u0001 title " + word), Ct);
            await db.CaseLaw.IgnoreQueryFilters().Where(p => p.Id == decision).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, "Old\u001F decision " + word), Ct);
        }
        await AssertFeedsReadableAsync(app, practice, decision);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("/reporting\\..\\x")]
    [InlineData("/a\tb")]
    [InlineData("/\t/evil.example")]
    [InlineData("/a\r\nSet-Cookie: x=1")]
    [InlineData("/a\0b")]
    public async Task An_unsafe_return_address_after_sign_in_or_a_language_switch_leads_home(string returnUrl)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var escaped = Uri.EscapeDataString(returnUrl);

        var switched = await app.Anonymous().GetAsync($"/culture/fr?returnUrl={escaped}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location?.OriginalString);

        var client = app.Anonymous();
        var form = await client.GetStringAsync($"/account/login?returnUrl={escaped}", Ct);
        var email = await SignIn.NewAccountAsync(app, PalermoWebFactory.DemoPassword);
        var signedIn = await client.PostAsync($"/account/login?returnUrl={escaped}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = PalermoWebFactory.DemoPassword,
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    private static async Task AssertFeedsReadableAsync(PalermoWebFactory app, Guid practice, Guid decision)
    {
        foreach (var (path, expected) in new[]
        {
            ("/knowledge/feed.atom", new[] { practice, decision }), ("/api/v1/knowledge/feed", [practice, decision]),
            ("/api/v1/practices/feed", [practice]), ("/api/v1/case-law/feed", [decision]),
        })
        {
            var response = await app.Anonymous().GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var atom = XDocument.Load(await response.Content.ReadAsStreamAsync(Ct));
            var ids = atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
            Assert.All(expected, id => Assert.Contains("urn:uuid:" + id.ToString("D"), ids));
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static int Invitations(PalermoWebFactory app, string emailPart)
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Invitations.IgnoreQueryFilters()
            .Count(i => i.Email.Contains(emailPart));
    }
}
