using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class SubmissionWorkflowTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task Contributor_drafts_focal_point_submits_secretariat_returns_then_accepts(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, definition) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Bearer(app, "contributor.egy@demo.test");
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var url = $"/api/v1/cycles/{id}/submissions/EGY";

        var empty = await contributor.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(("not-started", 0), (empty.GetProperty("state").GetString(), empty.GetProperty("version").GetInt32()));

        var answers = ReportingClient.ValidAnswers(definition);
        var saved = await contributor.PutAsJsonAsync(url, new { version = 0, answers });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = await saved.JsonAsync();
        Assert.Equal(("in-progress", 1), (draft.GetProperty("state").GetString(), draft.GetProperty("version").GetInt32()));
        Assert.Equal("\"1\"", saved.Headers.ETag?.Tag);

        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.PostAsync(url + "/submit", null)).StatusCode);
        var submitted = await focal.PostAsync(url + "/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await submitted.JsonAsync()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await contributor.PutAsJsonAsync(url, new { version = 2, answers })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.PostAsync(url + "/accept", null)).StatusCode);

        var returned = await secretariat.PostAsJsonAsync(url + "/return",
            new { comments = new[] { new { question = "tip.criminalization.law", comment = "Please add the article." } } });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var seen = await focal.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("returned", seen.GetProperty("state").GetString());
        var comment = Assert.Single(seen.GetProperty("comments").EnumerateArray());
        Assert.Equal("tip.criminalization.law", comment.GetProperty("question").GetString());

        answers["tip.criminalization.law"] = JsonSerializer.SerializeToElement(new { title = "Law 64 of 2010", article = "2" });
        var resaved = await contributor.PutAsJsonAsync(url, new { version = seen.GetProperty("version").GetInt32(), answers });
        Assert.Equal(HttpStatusCode.OK, resaved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await focal.PostAsync(url + "/submit", null)).StatusCode);
        var accepted = await secretariat.PostAsync(url + "/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var final = await accepted.JsonAsync();
        Assert.Equal("accepted", final.GetProperty("state").GetString());
        Assert.Equal(2, final.GetProperty("versions").GetArrayLength());
        var first = await secretariat.GetFromJsonAsync<JsonElement>(url + "/versions/1");
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        var second = await focal.GetFromJsonAsync<JsonElement>(url + "/versions/2");
        Assert.Equal(["tip.criminalization.law"], second.GetProperty("changedSincePrevious").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2", second.GetProperty("answers").GetProperty("tip.criminalization.law").GetProperty("article").GetString());

        var completeness = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.Equal(1, completeness.GetProperty("accepted").GetInt32());
        Assert.Equal(1, completeness.GetProperty("onTime").GetInt32());
        Assert.InRange(completeness.GetProperty("rate").GetDouble(), 0, 1);
        Assert.Contains(completeness.GetProperty("countries").EnumerateArray(),
            c => c.GetProperty("country").GetString() == "EGY" && c.GetProperty("state").GetString() == "accepted");
        var analysis = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/analysis");
        Assert.Equal(1, analysis.GetProperty("respondents").GetInt32());
        Assert.NotEmpty(analysis.GetProperty("headlines").EnumerateArray());
    }

    [Theory, AllDatabases]
    public async Task Two_saves_with_the_same_token_the_second_gets_409_with_the_current_version(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Bearer(app, "contributor.nga@demo.test");
        var focal = await SignIn.Bearer(app, "focal.nga@demo.test");
        var url = $"/api/v1/cycles/{id}/submissions/NGA";
        var version = (await contributor.GetFromJsonAsync<JsonElement>(url)).GetProperty("version").GetInt32();

        var mine = await contributor.PutAsJsonAsync(url, new { version, answers = new Dictionary<string, object> { ["tip.criminalization.offence"] = "yes" } });
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        var theirs = await focal.PutAsJsonAsync(url, new { version, answers = new Dictionary<string, object> { ["tip.criminalization.offence"] = "no" } });

        Assert.Equal(HttpStatusCode.Conflict, theirs.StatusCode);
        var problem = await theirs.JsonAsync();
        Assert.Equal("concurrency-conflict", problem.GetProperty("code").GetString());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("yes", problem.GetProperty("current").GetProperty("answers").GetProperty("tip.criminalization.offence").GetString());
        Assert.Equal("yes", (await focal.GetFromJsonAsync<JsonElement>(url)).GetProperty("answers").GetProperty("tip.criminalization.offence").GetString());

        // The token may also come as If-Match; the current one is accepted.
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(new { answers = new Dictionary<string, object> { ["tip.criminalization.offence"] = "no" } }),
        };
        request.Headers.IfMatch.ParseAdd($"\"{version + 1}\"");
        Assert.Equal(HttpStatusCode.OK, (await focal.SendAsync(request)).StatusCode);
        var noToken = await focal.PutAsJsonAsync(url, new { answers = new Dictionary<string, object>() });
        Assert.Equal(HttpStatusCode.PreconditionRequired, noToken.StatusCode);
        var asString = await focal.PutAsJsonAsync(url, new { concurrencyToken = $"{version + 2}", answers = new Dictionary<string, object>() });
        Assert.Equal(HttpStatusCode.OK, asString.StatusCode);
        var stale = await contributor.PutAsJsonAsync(url, new { version = $"{version + 2}", answers = new Dictionary<string, object>() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(version + 3, (await stale.JsonAsync()).GetProperty("version").GetInt32());
    }

    [Theory, AllDatabases]
    public async Task Bad_answers_are_rejected_naming_question_and_value_and_nothing_is_stored(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Bearer(app, "contributor.mex@demo.test");
        contributor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var url = $"/api/v1/cycles/{id}/submissions/MEX";

        var response = await contributor.PutAsJsonAsync(url, new
        {
            version = 0,
            answers = new Dictionary<string, object>
            {
                ["tip.criminalization.offence"] = "yes",
                ["tip.repatriation.days"] = 1000,
                ["tip.assistance.privacy"] = 42,
                ["tip.institutional.data"] = "telepathy",
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        var errors = problem.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("question").GetString()!);
        Assert.Equal(3, errors.Count);
        Assert.Equal(("out-of-range", "1000"), (errors["tip.repatriation.days"].GetProperty("code").GetString(), errors["tip.repatriation.days"].GetProperty("value").GetString()));
        Assert.Equal("wrong-type", errors["tip.assistance.privacy"].GetProperty("code").GetString());
        Assert.Equal("unknown-option", errors["tip.institutional.data"].GetProperty("code").GetString());
        Assert.Contains("telepathy", errors["tip.institutional.data"].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Pregunta tip.repatriation.days", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var stored = await contributor.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(0, stored.GetProperty("version").GetInt32());
        Assert.Empty(stored.GetProperty("answers").EnumerateObject());
    }

    [Theory, AllDatabases]
    public async Task A_country_starts_from_last_cycles_answers_and_compares_with_them(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var demo = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/cycles")).EnumerateArray()
            .Where(c => c.GetProperty("protocol").GetString() == "TIP").MinBy(c => c.GetProperty("id").GetInt32());
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var contributor = await SignIn.Bearer(app, "contributor.nga@demo.test");
        var url = $"/api/v1/cycles/{id}/submissions/NGA";

        var started = await contributor.PostAsJsonAsync(url + "/start-from-previous", new { version = 0 });
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var draft = await started.JsonAsync();
        Assert.Equal("in-progress", draft.GetProperty("state").GetString());
        Assert.NotEmpty(draft.GetProperty("answers").EnumerateObject());

        var compared = await contributor.GetFromJsonAsync<JsonElement>(url + "/previous-cycle");
        Assert.Equal(demo.GetProperty("id").GetInt32(), compared.GetProperty("cycleId").GetInt32()); // the demo cycle opened 45 days ago
        Assert.Empty(compared.GetProperty("differentNow").EnumerateArray());
    }
}
