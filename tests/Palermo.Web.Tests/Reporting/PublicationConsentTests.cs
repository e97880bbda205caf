using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

/// <summary>
/// A country's decision on publication of its answers: other States parties' focal points and contributors read the
/// submitted answers individually only after the country agreed; aggregates stay visible either way.
/// </summary>
public class PublicationConsentTests(WebApps apps)
{
    private const string Secret = "Loi nationale 2014-07 (texte interne)";

    /// <summary>Jordan drafts and submits a distinctive answer in a fresh cycle.</summary>
    private static async Task<(int Id, string Url, HttpClient Contributor, HttpClient Focal)> JordanSubmitsAsync(PalermoWebFactory app)
    {
        var (id, definition) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Bearer(app, "contributor.jor@demo.test");
        var focal = await SignIn.Bearer(app, "focal.jor@demo.test");
        var url = $"/api/v1/cycles/{id}/submissions/JOR";
        var answers = ReportingClient.ValidAnswers(definition);
        answers["tip.criminalization.ta"] = JsonSerializer.SerializeToElement("yes");
        answers["tip.criminalization.ta-details"] = JsonSerializer.SerializeToElement(Secret);
        (await contributor.PutAsJsonAsync(url, new { version = 0, answers })).EnsureSuccessStatusCode();
        (await focal.PostAsync(url + "/submit", null)).EnsureSuccessStatusCode();
        return (id, url, contributor, focal);
    }

    [Theory, AllDatabases]
    public async Task Other_countries_read_the_submitted_answers_only_after_the_country_agreed(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, url, _, focal) = await JordanSubmitsAsync(app);
        var egypt = await SignIn.Bearer(app, "focal.egy@demo.test");
        var mexico = await SignIn.Bearer(app, "contributor.mex@demo.test");
        var officer = await SignIn.Bearer(app, "officer.egy@demo.test");

        Assert.Equal(HttpStatusCode.NotFound, (await egypt.GetAsync(url)).StatusCode);
        var own = await focal.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("publicationConsent").ValueKind);

        var agreed = await focal.PutAsJsonAsync(url + "/publication", new { consent = true });
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var view = await agreed.JsonAsync();
        Assert.True(view.GetProperty("publicationConsent").GetBoolean());
        // Recording the decision is not an answer change: the token a contributor holds stays valid.
        Assert.Equal(own.GetProperty("version").GetInt32(), view.GetProperty("version").GetInt32());

        foreach (var reader in new[] { egypt, mexico })
        {
            var seen = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
            var body = await seen.JsonAsync();
            Assert.Equal(Secret, body.GetProperty("answers").GetProperty("tip.criminalization.ta-details").GetString());
            Assert.True(body.GetProperty("published").GetBoolean());
            Assert.Equal(0, body.GetProperty("comments").GetArrayLength());
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(url + "/versions/1")).StatusCode);
            // Reading is all: no writing, no workflow, and not the country's other cycles.
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync(url, new { version = 2, answers = new Dictionary<string, string>() })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.PutAsJsonAsync(url + "/publication", new { consent = false })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(url + "/submit", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(url + "/previous-cycle")).StatusCode);
        }
        Assert.Contains((await egypt.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions")).EnumerateArray(),
            s => s.GetProperty("country").GetString() == "JOR");
        // Competent-authority officers, partners and the public are not the readers the country agreed to.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.Bearer(app, "partner@demo.test")).GetAsync(url)).StatusCode);

        var withdrawn = await (await SignIn.Bearer(app, "secretariat@demo.test")).PutAsJsonAsync(url + "/publication", new { consent = false });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False((await withdrawn.JsonAsync()).GetProperty("publicationConsent").GetBoolean());
        var hidden = await egypt.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(Secret, await hidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await egypt.GetAsync(url + "/versions/1")).StatusCode);
        Assert.DoesNotContain((await egypt.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions")).EnumerateArray(),
            s => s.GetProperty("country").GetString() == "JOR");
        // Aggregates stay visible to other countries whatever the decision.
        var analysis = await egypt.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/analysis");
        Assert.Equal(1, analysis.GetProperty("respondents").GetInt32());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == "reporting.publication-consent" && a.EntityId == $"{id}/JOR").ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal("JOR", a.CountryIso3));
    }

    [Theory, AllDatabases]
    public async Task Others_see_what_was_submitted_never_the_working_draft(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (_, url, contributor, focal) = await JordanSubmitsAsync(app);
        (await focal.PutAsJsonAsync(url + "/publication", new { consent = true })).EnsureSuccessStatusCode();
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        (await secretariat.PostAsJsonAsync(url + "/return", new { comments = new[] { new { question = "tip.criminalization.law", comment = "Confidential remark" } } }))
            .EnsureSuccessStatusCode();
        var returned = await contributor.GetFromJsonAsync<JsonElement>(url);
        var draft = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(returned.GetProperty("answers").GetRawText())!;
        draft["tip.criminalization.ta-details"] = JsonSerializer.SerializeToElement("Working draft, not for others");
        (await contributor.PutAsJsonAsync(url, new { version = returned.GetProperty("version").GetInt32(), answers = draft })).EnsureSuccessStatusCode();

        var egypt = await SignIn.Bearer(app, "focal.egy@demo.test");
        var seen = await egypt.GetAsync(url);
        var text = await seen.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Contains(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Working draft", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confidential remark", text, StringComparison.Ordinal);
        // The draft is still the country's own.
        Assert.Contains("Working draft", await contributor.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task A_decision_needs_consent_true_or_false_from_the_focal_point_or_the_secretariat_and_bad_ones_change_nothing(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (_, url, contributor, focal) = await JordanSubmitsAsync(app);

        var missing = await focal.PutAsJsonAsync(url + "/publication", new { agree = true });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("publication-consent-required", (await missing.JsonAsync()).GetProperty("code").GetString());
        var french = await SignIn.Bearer(app, "focal.jor@demo.test");
        var localized = await french.PutAsJsonAsync(url + "/publication?culture=fr", new { });
        Assert.Contains("consent à la publication", (await localized.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PutAsJsonAsync(url + "/publication", new { consent = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.Bearer(app, "focal.egy@demo.test")).PutAsJsonAsync(url + "/publication", new { consent = true })).StatusCode);

        var state = await focal.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(JsonValueKind.Null, state.GetProperty("publicationConsent").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.Bearer(app, "focal.egy@demo.test")).GetAsync(url)).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Agreeing_before_anything_was_saved_changes_neither_the_token_nor_the_counts(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, definition) = await ReportingClient.OpenCycleAsync(app);
        var url = $"/api/v1/cycles/{id}/submissions/NGA";
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var before = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");

        var agreed = await (await SignIn.Bearer(app, "focal.nga@demo.test")).PutAsJsonAsync(url + "/publication", new { consent = true });
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        var view = await agreed.JsonAsync();
        Assert.Equal(("not-started", 0), (view.GetProperty("state").GetString(), view.GetProperty("version").GetInt32()));
        var after = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.Equal(before.GetProperty("notStarted").GetInt32(), after.GetProperty("notStarted").GetInt32());
        Assert.Equal(before.GetProperty("inProgress").GetInt32(), after.GetProperty("inProgress").GetInt32());

        // Nothing submitted yet: another country reads the state, but no answers; the first save still uses version 0.
        var egypt = await (await SignIn.Bearer(app, "contributor.egy@demo.test")).GetFromJsonAsync<JsonElement>(url);
        Assert.Empty(egypt.GetProperty("answers").EnumerateObject());
        var saved = await (await SignIn.Bearer(app, "contributor.nga@demo.test")).PutAsJsonAsync(url, new { version = 0, answers = ReportingClient.ValidAnswers(definition) });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Empty((await (await SignIn.Bearer(app, "contributor.egy@demo.test")).GetFromJsonAsync<JsonElement>(url)).GetProperty("answers").EnumerateObject());
    }

    [Theory, AllDatabases]
    public async Task The_focal_point_agrees_on_the_page_and_other_countries_find_the_answers_from_the_cycle_page(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _, _, _) = await JordanSubmitsAsync(app);
        var page = $"/reporting/cycles/{id}/submissions/JOR";
        var egypt = await SignIn.Cookie(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await egypt.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(page, await egypt.GetStringAsync($"/reporting/cycles/{id}"), StringComparison.Ordinal);

        var focal = await SignIn.Cookie(app, "focal.jor@demo.test");
        var html = await focal.GetStringAsync(page + "?culture=ar");
        Assert.Contains("data-publication=\"not-recorded\"", html, StringComparison.Ordinal);
        var posted = await focal.PostAsync(page + "?handler=Publication&culture=ar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["consent"] = "true", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html),
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var after = await posted.Content.ReadAsStringAsync();
        Assert.Contains("data-publication=\"agreed\"", after, StringComparison.Ordinal);
        Assert.Contains("سُجِّل القرار بشأن النشر", after, StringComparison.Ordinal);

        Assert.Contains(page, await egypt.GetStringAsync($"/reporting/cycles/{id}"), StringComparison.Ordinal);
        var published = await egypt.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var text = await published.Content.ReadAsStringAsync();
        Assert.Contains(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publication", text, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"q:", text, StringComparison.Ordinal);
    }
}
