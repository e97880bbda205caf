using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class ReportingAccessTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task A_focal_point_gets_403_or_404_on_another_countrys_submission_through_every_route(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, definition) = await ReportingClient.OpenCycleAsync(app);
        var italy = await SignIn.Bearer(app, "contributor.ita@demo.test");
        var secret = "Legge 228/2003 riservata";
        var answers = ReportingClient.ValidAnswers(definition);
        answers["tip.criminalization.ta-details"] = JsonSerializer.SerializeToElement(secret);
        answers["tip.criminalization.ta"] = JsonSerializer.SerializeToElement("yes");
        (await italy.PutAsJsonAsync($"/api/v1/cycles/{id}/submissions/ITA", new { version = 0, answers })).EnsureSuccessStatusCode();
        (await (await SignIn.Bearer(app, "focal.ita@demo.test")).PostAsync($"/api/v1/cycles/{id}/submissions/ITA/submit", null)).EnsureSuccessStatusCode();

        var egypt = await SignIn.Bearer(app, "focal.egy@demo.test");
        foreach (var path in new[] { "ITA", "ita" }.Select(c => $"/api/v1/cycles/{id}/submissions/{c}"))
        {
            var responses = new List<(string Route, HttpResponseMessage Response)>
            {
                ("GET", await egypt.GetAsync(path)),
                ("GET version", await egypt.GetAsync(path + "/versions/1")),
                ("PUT", await egypt.PutAsJsonAsync(path, new { version = 2, answers = new Dictionary<string, object> { ["tip.criminalization.offence"] = "no" } })),
                ("submit", await egypt.PostAsync(path + "/submit", null)),
                ("accept", await egypt.PostAsync(path + "/accept", null)),
                ("return", await egypt.PostAsJsonAsync(path + "/return", new { comments = new[] { new { question = "tip.criminalization.law", comment = "x" } } })),
                ("start-from-previous", await egypt.PostAsJsonAsync(path + "/start-from-previous", new { version = 2 })),
                ("previous-cycle", await egypt.GetAsync(path + "/previous-cycle")),
            };
            foreach (var (route, response) in responses)
            {
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{route} {path}: {(int)response.StatusCode}");
                Assert.DoesNotContain(secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        // Nothing changed, and the aggregates reveal no country's answers.
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var italysSubmission = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions/ITA");
        Assert.Equal(("submitted", 2), (italysSubmission.GetProperty("state").GetString(), italysSubmission.GetProperty("version").GetInt32()));
        foreach (var aggregate in new[] { "", "/completeness", "/analysis" })
            Assert.DoesNotContain(secret, await egypt.GetStringAsync($"/api/v1/cycles/{id}{aggregate}"), StringComparison.Ordinal);
        var completeness = await egypt.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.Equal(JsonValueKind.Null, completeness.GetProperty("countries").ValueKind);
        Assert.Equal(1, completeness.GetProperty("submitted").GetInt32());
        var theirList = await egypt.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions");
        Assert.DoesNotContain(theirList.EnumerateArray(), s => s.GetProperty("country").GetString() == "ITA");
        var fullList = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/submissions");
        Assert.Contains(fullList.EnumerateArray(), s => s.GetProperty("country").GetString() == "ITA" && s.GetProperty("state").GetString() == "submitted");
    }

    [Theory, AllDatabases]
    public async Task Only_the_countrys_focal_point_and_contributors_and_the_secretariat_read_a_submission(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var path = $"/api/v1/cycles/{id}/submissions/ITA";

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/cycles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignIn.Bearer(app, "officer.ita@demo.test")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.Bearer(app, "partner@demo.test")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignIn.Bearer(app, "practitioner@demo.test")).GetAsync($"/api/v1/cycles/{id}/submissions/EGY")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignIn.Bearer(app, "contributor.ita@demo.test")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignIn.Bearer(app, "analyst@demo.test")).GetAsync(path)).StatusCode);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var write = await secretariat.PutAsJsonAsync(path, new { version = 0, answers = new Dictionary<string, object>() });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_demo_has_one_open_cycle_per_protocol_with_submissions_in_different_states(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var cycles = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/cycles");
        foreach (var protocol in new[] { "TIP", "SOM" })
        {
            var cycle = cycles.EnumerateArray().Where(c => c.GetProperty("protocol").GetString() == protocol).MinBy(c => c.GetProperty("id").GetInt32());
            Assert.Equal("open", cycle.GetProperty("state").GetString());
            var completeness = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{cycle.GetProperty("id").GetInt32()}/completeness");
            Assert.True(completeness.GetProperty("expected").GetInt32() > 100);
            Assert.True(completeness.GetProperty("accepted").GetInt32() > 10);
            Assert.True(completeness.GetProperty("notStarted").GetInt32() > 0);
            Assert.InRange(completeness.GetProperty("rate").GetDouble(), 0.3, 1);
            Assert.All(completeness.GetProperty("regions").EnumerateArray(), r => Assert.InRange(r.GetProperty("rate").GetDouble(), 0, 1));
            var analysis = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{cycle.GetProperty("id").GetInt32()}/analysis?region=002&language=ar");
            Assert.True(analysis.GetProperty("respondents").GetInt32() > 5);
            Assert.Equal(8, analysis.GetProperty("technicalAssistance").GetArrayLength());
        }
    }
}
