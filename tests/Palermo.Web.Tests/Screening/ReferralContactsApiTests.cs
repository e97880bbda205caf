using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

public class ReferralContactsApiTests(WebApps apps)
{
    private const string Url = "/api/v1/screening/referral-contacts";

    private static object Contact(string country, string name, string phone = "+20 2 1234 5678") => new
    {
        country, kind = "hotline", name = new Dictionary<string, string> { ["en"] = name }, phone,
    };

    [Fact]
    public async Task The_demo_countries_have_clearly_fictitious_contacts_of_the_three_kinds()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var list = await app.Anonymous().GetFromJsonAsync<JsonElement>(Url + "?country=JOR", TestContext.Current.CancellationToken);
        var demo = list.EnumerateArray().Where(c => c.GetProperty("demo").GetBoolean()).ToList();

        Assert.Equal(["national-referral-mechanism", "hotline", "labour-inspectorate"], demo.Select(c => c.GetProperty("kind").GetString()));
        foreach (var contact in demo)
        {
            Assert.StartsWith("DEMO", contact.GetProperty("name").GetProperty("en").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("تجريبي", contact.GetProperty("name").GetProperty("ar").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("+000", contact.GetProperty("phone").GetString(), StringComparison.Ordinal);
            Assert.EndsWith(".invalid", contact.GetProperty("email").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_edits_their_own_countrys_contacts_and_the_secretariat_any(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        var name = $"Egypt test hotline {Guid.NewGuid():N}";

        var created = await focal.PostAsJsonAsync(Url, Contact("egy", name), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contact = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var id = contact.GetProperty("id").GetString();
        Assert.Equal("EGY", contact.GetProperty("country").GetString());

        var renamed = await focal.PutAsJsonAsync($"{Url}/{id}", new
        {
            country = "EGY", kind = "labour-inspectorate", name = new Dictionary<string, string> { ["en"] = name, ["ar"] = "مفتشية اختبار" },
            description = new Dictionary<string, string> { ["fr"] = "Ouvert le dimanche" }, url = "https://example.org/inspection", email = "inspection@example.org",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var stored = await StoredAsync(app, name);
        Assert.Equal(("labour-inspectorate", "مفتشية اختبار", "Ouvert le dimanche", (string?)null), (stored!.Kind, stored.Names.Ar, stored.Descriptions.Fr, stored.Phone));

        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PutAsJsonAsync($"{Url}/{id}", Contact("EGY", name, "16000"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal("16000", (await StoredAsync(app, name))!.Phone);

        Assert.Equal(HttpStatusCode.NoContent, (await focal.DeleteAsync($"{Url}/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Null(await StoredAsync(app, name));
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_of_another_country_cannot_create_change_or_delete(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var italy = (await app.Anonymous().GetFromJsonAsync<JsonElement>(Url + "?country=ITA", TestContext.Current.CancellationToken))[0];
        var id = italy.GetProperty("id").GetString();
        var before = italy.GetProperty("name").GetProperty("en").GetString();
        var egypt = await SignIn.Bearer(app, "focal.egy@demo.test");
        var name = $"Not Egypt's {Guid.NewGuid():N}";

        Assert.Equal(HttpStatusCode.Forbidden, (await egypt.PostAsJsonAsync(Url, Contact("ITA", name), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await egypt.PutAsJsonAsync($"{Url}/{id}", Contact("ITA", name), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await egypt.DeleteAsync($"{Url}/{id}", TestContext.Current.CancellationToken)).StatusCode);
        var egyptsOwn = (await app.Anonymous().GetFromJsonAsync<JsonElement>(Url + "?country=EGY", TestContext.Current.CancellationToken))[0].GetProperty("id").GetString();
        // Moving one's own contact to another country is the same as creating one there.
        Assert.Equal(HttpStatusCode.Forbidden, (await egypt.PutAsJsonAsync($"{Url}/{egyptsOwn}", Contact("ITA", name), TestContext.Current.CancellationToken)).StatusCode);
        var contributor = await SignIn.Bearer(app, "contributor.ita@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsJsonAsync(Url, Contact("ITA", name), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync(Url, Contact("ITA", name), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await egypt.DeleteAsync($"{Url}/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).StatusCode);

        Assert.Null(await StoredAsync(app, name));
        var after = await app.Anonymous().GetFromJsonAsync<JsonElement>($"{Url}/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(before, after.GetProperty("name").GetProperty("en").GetString());

        // The page refuses another country as well.
        var page = await (await SignIn.Cookie(app, "focal.egy@demo.test")).GetAsync("/screening/referrals?country=ITA", TestContext.Current.CancellationToken);
        Assert.StartsWith("/account/access-denied", page.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_are_a_400_naming_each_and_store_nothing()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var response = await secretariat.PostAsJsonAsync(Url, new
        {
            country = "ZZZ", kind = "helpdesk", name = new Dictionary<string, string> { ["de"] = "Hilfe" },
            phone = "call us", url = "ftp://x.example", email = "nobody",
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var detail = problem.GetProperty("detail").GetString();
        foreach (var value in new[] { "ZZZ", "helpdesk", "\"de\"", "call us", "ftp://x.example", "nobody" })
            Assert.Contains(value, detail, StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "referral-name-required");
        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().ReferralContacts.AnyAsync(c => c.Phone == "call us", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_guide_falls_back_to_english_then_to_any_language_given()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        (await secretariat.PostAsJsonAsync(Url, new { country = "TUN", kind = "hotline", name = new Dictionary<string, string> { ["en"] = "Tunisia test line", ["ar"] = "خط تونس التجريبي" }, phone = "1899" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync(Url, new { country = "TUN", kind = "labour-inspectorate", name = new Dictionary<string, string> { ["ar"] = "تفتيش الشغل" }, email = "inspection@example.org" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var french = await GuideResultAsync(app, "fr", "TUN");
        Assert.Contains("Tunisia test line", french, StringComparison.Ordinal);
        Assert.Contains("تفتيش الشغل", french, StringComparison.Ordinal);
        var arabic = await GuideResultAsync(app, "ar", "TUN");
        Assert.Contains("خط تونس التجريبي", arabic, StringComparison.Ordinal);
        Assert.DoesNotContain("Tunisia test line", arabic, StringComparison.Ordinal);
    }

    private static async Task<string> GuideResultAsync(PalermoWebFactory app, string culture, string country)
    {
        var client = app.Anonymous();
        var page = await client.GetStringAsync($"/screening/labour?culture={culture}", TestContext.Current.CancellationToken);
        var response = await client.PostAsync($"/screening/labour?culture={culture}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["profile"] = "adult", ["country"] = country, ["indicators"] = "EX01",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<ReferralContact?> StoredAsync(PalermoWebFactory app, string englishName)
    {
        using var scope = app.Services.CreateScope();
        var all = await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().ReferralContacts.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return all.SingleOrDefault(c => c.Names.En == englishName);
    }
}
