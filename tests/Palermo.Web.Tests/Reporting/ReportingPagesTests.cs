using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class ReportingPagesTests(WebApps apps)
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string handler, Dictionary<string, string> fields, string culture = "en")
    {
        var html = await client.GetStringAsync($"{path}?culture={culture}");
        fields["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html);
        return await client.PostAsync($"{path}?handler={handler}&culture={culture}", new FormUrlEncodedContent(fields));
    }

    [Theory, AllDatabases]
    public async Task In_Arabic_a_contributor_drafts_and_the_focal_point_submits_through_the_pages(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Cookie(app, "contributor.jor@demo.test", culture: "ar");
        var focal = await SignIn.Cookie(app, "focal.jor@demo.test", culture: "ar");
        var path = $"/reporting/cycles/{id}/submissions/JOR";

        var list = await contributor.GetStringAsync("/reporting?culture=ar");
        Assert.Contains("dir=\"rtl\"", list, StringComparison.Ordinal);
        Assert.Contains($"/reporting/cycles/{id}", list, StringComparison.Ordinal);
        Assert.Contains("من قدَّم ردوده", await contributor.GetStringAsync($"/reporting/cycles/{id}?culture=ar"), StringComparison.Ordinal);
        var form = await contributor.GetStringAsync(path + "?culture=ar");
        Assert.Contains("هل يُجرِّم تشريعكم الاتجار بالأشخاص", form, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["q:tip.criminalization.offence"] = "yes",
            ["q:tip.criminalization.forms"] = "forced-labour",
            ["q:tip.repatriation.days"] = "12",
            ["q:tip.criminalization.law:title"] = "قانون منع الاتجار بالبشر",
        };
        foreach (var required in new[] { "criminalization.ta", "assistance.privacy", "assistance.ta", "repatriation.procedure", "repatriation.ta", "prevention.demand",
                     "prevention.ta", "information.ta", "border.ta", "documents.security", "documents.ta", "institutional.body", "institutional.plan", "institutional.ta" })
            fields.TryAdd("q:tip." + required, "no");
        var saved = await PostFormAsync(contributor, path, "Save", fields, "ar");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("حُفظت المسودة", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var submitted = await PostFormAsync(focal, path, "Submit", new Dictionary<string, string> { ["Version"] = "1" }, "ar");
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("قُدِّمت الإجابات إلى الأمانة", await submitted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await SignIn.Bearer(app, "focal.jor@demo.test");
        var submission = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions/JOR");
        Assert.Equal("submitted", submission.GetProperty("state").GetString());
        Assert.Equal(12, submission.GetProperty("answers").GetProperty("tip.repatriation.days").GetInt32());
        Assert.Equal("قانون منع الاتجار بالبشر", submission.GetProperty("answers").GetProperty("tip.criminalization.law").GetProperty("title").GetString());
    }

    [Theory, AllDatabases]
    public async Task A_second_save_over_a_newer_one_shows_both_versions_and_the_other_country_is_not_found(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var one = await SignIn.Cookie(app, "contributor.phl@demo.test");
        var two = await SignIn.Cookie(app, "focal.phl@demo.test");
        var path = $"/reporting/cycles/{id}/submissions/PHL";

        var first = await PostFormAsync(one, path, "Save", new Dictionary<string, string> { ["Version"] = "0", ["q:tip.criminalization.offence"] = "yes" });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await PostFormAsync(two, path, "Save", new Dictionary<string, string> { ["Version"] = "0", ["q:tip.criminalization.offence"] = "partly" });
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("Someone else saved these answers", html, StringComparison.Ordinal);
        Assert.Contains("Partly", html, StringComparison.Ordinal);
        Assert.Contains("Yes", html, StringComparison.Ordinal);
        var api = await SignIn.Bearer(app, "focal.phl@demo.test");
        Assert.Equal("yes", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions/PHL")).GetProperty("answers").GetProperty("tip.criminalization.offence").GetString());

        var egypt = await SignIn.Cookie(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await egypt.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await egypt.GetAsync($"/reporting/cycles/{id}/submissions/EGY")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_secretariat_creates_and_opens_a_cycle_from_the_pages(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Cookie(app, "secretariat@demo.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var created = await PostFormAsync(secretariat, "/reporting", "Create", new Dictionary<string, string>
        {
            ["NewProtocol"] = "SOM", ["NewOpensOn"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["NewDeadline"] = today.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.RedirectPath();
        Assert.Contains("Open the cycle", await secretariat.GetStringAsync(path), StringComparison.Ordinal);
        var focalApi = await SignIn.Bearer(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.NotFound, (await focalApi.GetAsync("/api/v1" + path["/reporting".Length..])).StatusCode);

        var opened = await PostFormAsync(secretariat, path, "Move", new Dictionary<string, string> { ["to"] = "Open" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Close the cycle", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var focal = await SignIn.Cookie(app, "focal.egy@demo.test");
        var refused = await focal.PostAsync(path + "?handler=Move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["to"] = "Closed", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await focal.GetStringAsync(path + "/submissions/EGY")),
        }));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");
        var api = await SignIn.Bearer(app, "secretariat@demo.test");
        Assert.Equal("open", (await api.GetFromJsonAsync<JsonElement>("/api/v1" + path["/reporting".Length..])).GetProperty("state").GetString());
    }
}
