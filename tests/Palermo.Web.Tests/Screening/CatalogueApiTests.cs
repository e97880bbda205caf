using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

public class CatalogueApiTests(WebApps apps)
{
    private const string Catalogue = "/api/v1/screening/catalogue";

    [Fact]
    public async Task Everyone_reads_the_catalogue_in_force_with_weights_and_six_languages()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var body = await app.Anonymous().GetFromJsonAsync<JsonElement>(Catalogue, TestContext.Current.CancellationToken);

        Assert.Equal("ilo-ec-2009-labour", body.GetProperty("id").GetString());
        Assert.True(body.GetProperty("version").GetInt32() >= 1);
        var ex01 = body.GetProperty("dimensions").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray())
            .Single(i => i.GetProperty("id").GetString() == "EX01");
        Assert.Equal("strong", ex01.GetProperty("weight").GetProperty("adult").GetString());
        foreach (var language in new[] { "ar", "zh", "en", "fr", "ru", "es" })
            Assert.False(string.IsNullOrWhiteSpace(ex01.GetProperty("name").GetProperty(language).GetString()));
    }

    [Fact]
    public async Task Only_a_secretariat_administrator_may_edit_and_only_the_secretariat_reads_the_history()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var edit = new { indicators = new[] { new { id = "EX01", weight = new { adult = "weak" } } } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PutAsJsonAsync(Catalogue, edit, TestContext.Current.CancellationToken)).StatusCode);
        foreach (var email in new[] { "analyst@demo.test", "focal.ita@demo.test", "practitioner@demo.test" })
        {
            var client = await SignIn.Bearer(app, email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync(Catalogue, edit, TestContext.Current.CancellationToken)).StatusCode);
        }
        var focal = await SignIn.Bearer(app, "focal.ita@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.GetAsync(Catalogue + "/versions", TestContext.Current.CancellationToken)).StatusCode);
        var analyst = await SignIn.Bearer(app, "analyst@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(Catalogue + "/versions", TestContext.Current.CancellationToken)).StatusCode);
        var page = await (await SignIn.Cookie(app, "focal.ita@demo.test")).GetAsync("/admin/screening-catalogue", TestContext.Current.CancellationToken);
        Assert.StartsWith("/account/access-denied", page.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionCountAsync(app));
    }

    [Theory]
    [InlineData("{\"indicators\":[{\"id\":\"ZZ99\",\"weight\":{\"adult\":\"weak\"}}]}", "catalogue-indicator-unknown", "ZZ99")]
    [InlineData("{\"indicators\":[{\"id\":\"EX01\",\"weight\":{\"child\":\"heavy\"}}]}", "catalogue-weight-invalid", "heavy")]
    [InlineData("{\"indicators\":[{\"id\":\"DR01\",\"name\":{\"zh\":\"\"}}]}", "catalogue-text-empty", "DR01.name.zh")]
    [InlineData("{\"indicators\":[{\"id\":\"DR01\",\"explanation\":{\"de\":\"Text\"}}]}", "catalogue-language-unknown", "de")]
    [InlineData("{\"indicators\":[]}", "catalogue-edit-empty", "")]
    public async Task An_invalid_edit_is_a_400_naming_the_value_and_stores_nothing(string json, string code, string named)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var admin = await SignIn.Bearer(app, "secretariat@demo.test");
        var before = await VersionCountAsync(app);

        var response = await admin.PutAsync(Catalogue, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == code && e.GetProperty("value").GetString() == named);
        Assert.Equal(before, await VersionCountAsync(app));
    }

    [Theory, AllDatabases]
    public async Task A_save_is_a_new_version_used_by_assessments_and_kept_in_the_history(DatabaseEngine engine)
    {
        // Its own host: the shared ones must stay at version 1 for the other tests.
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(engine));
        var admin = await SignIn.Bearer(app, "secretariat@demo.test");
        var assessment = new { profile = "adult", actPresent = false, indicators = new[] { "EX01", "EX02" }, save = true, country = "EGY", sector = "C" };
        var before = await (await admin.PostAsJsonAsync("/api/v1/screening/labour-assessments", assessment, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(1, before.GetProperty("catalogue").GetProperty("version").GetInt32());
        Assert.True(Dimension(before, "exploitative-conditions").GetProperty("positive").GetBoolean());

        var put = await admin.PutAsJsonAsync(Catalogue, new
        {
            baseVersion = 1,
            note = "Inspectorate practice",
            indicators = new object[]
            {
                new { id = "EX01", weight = new { adult = "weak" } },
                new { id = "DR01", name = new Dictionary<string, string> { ["fr"] = "Tromperie sur l'emploi proposé" } },
            },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var saved = await put.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(saved.GetProperty("created").GetBoolean());
        Assert.Equal(["EX01.weight.adult", "DR01.name.fr"], saved.GetProperty("changes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, saved.GetProperty("catalogue").GetProperty("version").GetInt32());

        var after = await (await admin.PostAsJsonAsync("/api/v1/screening/labour-assessments", assessment, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(("ilo-ec-2009-labour", 2), (after.GetProperty("catalogue").GetProperty("id").GetString(), after.GetProperty("catalogue").GetProperty("version").GetInt32()));
        Assert.False(Dimension(after, "exploitative-conditions").GetProperty("positive").GetBoolean());
        var records = await ScreeningTestData.RecordsAsync(app, r => r.CountryIso3 == "EGY" && r.Sector == "C");
        Assert.Equal([1, 2], records.Select(r => r.CatalogueVersion).Order());

        var versions = await admin.GetFromJsonAsync<JsonElement>(Catalogue + "/versions", TestContext.Current.CancellationToken);
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var newest = versions[0];
        Assert.True(newest.GetProperty("current").GetBoolean());
        Assert.Equal("secretariat@demo.test", newest.GetProperty("createdBy").GetString());
        Assert.Equal("Inspectorate practice", newest.GetProperty("note").GetString());
        var first = await admin.GetFromJsonAsync<JsonElement>(Catalogue + "/versions/1", TestContext.Current.CancellationToken);
        Assert.Equal("strong", Indicator(first, "EX01").GetProperty("weight").GetProperty("adult").GetString());
        var current = await app.Anonymous().GetFromJsonAsync<JsonElement>(Catalogue, TestContext.Current.CancellationToken);
        Assert.Equal("Tromperie sur l'emploi proposé", Indicator(current, "DR01").GetProperty("name").GetProperty("fr").GetString());
        // The offline guide downloads the edition in force too.
        var offline = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/screening/labour-catalogue", TestContext.Current.CancellationToken);
        Assert.Equal(2, offline.GetProperty("catalogue").GetProperty("version").GetInt32());

        // An edit made on the old version is refused, naming the version in force.
        var stale = await admin.PutAsJsonAsync(Catalogue, new { baseVersion = 1, indicators = new[] { new { id = "EX02", weight = new { adult = "weak" } } } }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("version").GetInt32());
        Assert.Equal(2, await VersionCountAsync(app));
    }

    [Fact]
    public async Task The_admin_page_saves_weights_as_a_new_version()
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite));
        var admin = await SignIn.Cookie(app, "secretariat@demo.test");
        var page = await admin.GetStringAsync("/admin/screening-catalogue", TestContext.Current.CancellationToken);
        Assert.Contains("name=\"Adult[EX01]\"", page, StringComparison.Ordinal);

        var response = await admin.PostAsync("/admin/screening-catalogue", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["BaseVersion"] = "1", ["Adult[EX01]"] = "medium", ["Child[EX01]"] = "strong", ["Note"] = "page",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, await VersionCountAsync(app));

        var wording = await admin.GetStringAsync("/admin/screening-catalogue/indicators/DR01?culture=en", TestContext.Current.CancellationToken);
        var refused = await admin.PostAsync("/admin/screening-catalogue/indicators/DR01", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["BaseVersion"] = "2", ["Name[ru]"] = " ",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(wording),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("DR01.name.ru", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(2, await VersionCountAsync(app));
    }

    private static JsonElement Dimension(JsonElement assessment, string id) =>
        assessment.GetProperty("dimensions").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    private static JsonElement Indicator(JsonElement catalogue, string id) =>
        catalogue.GetProperty("dimensions").EnumerateArray().SelectMany(d => d.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);

    private static async Task<int> VersionCountAsync(PalermoWebFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().LabourCatalogueVersions.CountAsync(TestContext.Current.CancellationToken);
    }
}
