using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

/// <summary>
/// The analysis of a cycle beside the earlier cycles of its protocol. The two cycles here open far in the future, so
/// the "previous cycle" of every other test's cycle (opening today) stays the demo cycle.
/// </summary>
public class AnalysisComparisonTests(WebApps apps)
{
    internal static async Task<(int Earlier, int Current)> TwoAnsweredCyclesAsync(PalermoWebFactory app, int daysAhead)
    {
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ids = new List<int>();
        var seed = daysAhead;
        foreach (var opens in new[] { today.AddDays(daysAhead), today.AddDays(daysAhead + 1) })
        {
            var created = await secretariat.PostAsJsonAsync("/api/v1/cycles", new { protocol = "TIP", opensOn = opens, deadline = opens.AddDays(60) });
            created.EnsureSuccessStatusCode();
            var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
            (await secretariat.PostAsync($"/api/v1/cycles/{id}/open", null)).EnsureSuccessStatusCode();
            var definition = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}")).GetProperty("definition")
                .Deserialize<Palermo.Reporting.QuestionnaireDefinition>(Palermo.Reporting.QuestionnaireJson.Options)!;
            foreach (var country in new[] { "EGY", "NGA" })
            {
                var focal = await SignIn.Bearer(app, $"focal.{country.ToLowerInvariant()}@demo.test");
                var url = $"/api/v1/cycles/{id}/submissions/{country}";
                (await focal.PutAsJsonAsync(url, new { version = 0, answers = ReportingClient.ValidAnswers(definition, seed++) })).EnsureSuccessStatusCode();
                (await focal.PostAsync(url + "/submit", null)).EnsureSuccessStatusCode();
            }
            ids.Add(id);
        }
        return (ids[0], ids[1]);
    }

    [Theory, AllDatabases]
    public async Task The_analysis_api_puts_the_earlier_cycle_beside_each_question_and_indicator_and_respects_the_region(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (earlier, current) = await TwoAnsweredCyclesAsync(app, engine == DatabaseEngine.Sqlite ? 400 : 500);
        var focal = await SignIn.Bearer(app, "focal.jor@demo.test"); // aggregates: any signed-in user

        var now = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{current}/analysis?language=en");
        var then = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{earlier}/analysis?language=en");

        // The existing shape is unchanged; the comparison is in new properties.
        Assert.Equal(2, now.GetProperty("respondents").GetInt32());
        var compared = now.GetProperty("earlierCycles")[0];
        Assert.Equal((earlier, 2), (compared.GetProperty("cycleId").GetInt32(), compared.GetProperty("respondents").GetInt32()));
        Assert.StartsWith("TIP ", compared.GetProperty("cycle").GetString(), StringComparison.Ordinal);
        foreach (var question in now.GetProperty("questions").EnumerateArray().Where(q => q.GetProperty("distribution").GetArrayLength() > 0))
        {
            var code = question.GetProperty("question").GetString();
            var before = then.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("question").GetString() == code);
            var beside = question.GetProperty("earlier")[0];
            Assert.Equal(earlier, beside.GetProperty("cycleId").GetInt32());
            Assert.Equal(before.GetProperty("answered").GetInt32(), beside.GetProperty("answered").GetInt32());
            var values = question.GetProperty("distribution").EnumerateArray().ToList();
            var olds = before.GetProperty("distribution").EnumerateArray().ToList();
            var sides = beside.GetProperty("distribution").EnumerateArray().ToList();
            for (var i = 0; i < values.Count; i++)
            {
                Assert.Equal(olds[i].GetProperty("count").GetInt32(), sides[i].GetProperty("count").GetInt32());
                var points = Math.Round((values[i].GetProperty("share").GetDouble() - olds[i].GetProperty("share").GetDouble()) * 100, 1, MidpointRounding.AwayFromZero);
                Assert.Equal(points, sides[i].GetProperty("changePoints").GetDouble());
            }
        }
        var headline = now.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("indicator").GetString() == "criminalization");
        var headlineThen = then.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("indicator").GetString() == "criminalization");
        Assert.Equal(headlineThen.GetProperty("yes").GetInt32(), headline.GetProperty("earlier")[0].GetProperty("yes").GetInt32());
        Assert.Equal(JsonValueKind.Array, now.GetProperty("technicalAssistance")[0].GetProperty("earlier").ValueKind);

        // Egypt and Nigeria are in Africa (002): nobody answered the earlier cycle in Europe (150).
        var europe = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{current}/analysis?region=150");
        Assert.Equal((0, 0), (europe.GetProperty("respondents").GetInt32(), europe.GetProperty("earlierCycles")[0].GetProperty("respondents").GetInt32()));
        var africa = await focal.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{current}/analysis?region=002");
        Assert.Equal(2, africa.GetProperty("earlierCycles")[0].GetProperty("respondents").GetInt32());
    }

    [Theory, AllDatabases]
    public async Task The_analysis_page_shows_the_change_since_the_earlier_cycle_in_arabic(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (_, current) = await TwoAnsweredCyclesAsync(app, engine == DatabaseEngine.Sqlite ? 450 : 550);
        var analyst = await SignIn.Cookie(app, "analyst@demo.test");

        var page = await analyst.GetAsync($"/reporting/cycles/{current}/analysis?culture=ar");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("مقارنة بالدورات السابقة", html, StringComparison.Ordinal);
        Assert.Contains("التغير منذ TIP", html, StringComparison.Ordinal);
        Assert.Contains("نقطة مئوية", html, StringComparison.Ordinal);
        Assert.Contains("التجريم وفقاً للبروتوكول", html, StringComparison.Ordinal);
    }
}
