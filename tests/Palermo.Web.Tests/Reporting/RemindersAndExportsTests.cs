using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class RemindersAndExportsTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task The_secretariat_reminds_chosen_non_responders_in_their_language_and_the_reminder_is_logged(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");

        var response = await secretariat.PostAsJsonAsync($"/api/v1/cycles/{id}/reminders", new { countries = new[] { "egy" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single((await response.JsonAsync()).EnumerateArray());
        Assert.Equal(("EGY", "ar", 1), (sent.GetProperty("country").GetString(), sent.GetProperty("language").GetString(), sent.GetProperty("recipients").GetInt32()));
        var link = $"/reporting/cycles/{id}/submissions/EGY?culture=ar";
        Assert.Contains(Directory.GetFiles(Path.Combine(app.Database.DataDirectory, "mail-pickup")).Select(File.ReadAllText),
            m => m.Contains(link, StringComparison.Ordinal) && m.Contains("focal.egy@demo.test", StringComparison.Ordinal));
        var completeness = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        var egypt = completeness.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "EGY");
        Assert.Equal(JsonValueKind.String, egypt.GetProperty("lastReminder").ValueKind);

        var unknown = await secretariat.PostAsJsonAsync($"/api/v1/cycles/{id}/reminders", new { countries = new[] { "XYZ" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("XYZ", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.PostAsJsonAsync($"/api/v1/cycles/{id}/reminders", new { })).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_secretariat_exports_completeness_as_csv_and_the_cycle_as_xlsx(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var cycles = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/cycles");
        var id = cycles.EnumerateArray().Min(c => c.GetProperty("id").GetInt32());

        var csv = await secretariat.GetAsync($"/api/v1/cycles/{id}/export.csv?culture=ar");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("country,name,region,state,deadline", text, StringComparison.Ordinal);
        Assert.Contains("EGY,مصر", text, StringComparison.Ordinal);

        var xlsx = await secretariat.GetAsync($"/api/v1/cycles/{id}/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await focal.GetAsync($"/api/v1/cycles/{id}/export.csv")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task From_the_cycle_page_the_secretariat_reminds_every_non_responder(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app, "SOM");
        var secretariat = await SignIn.Cookie(app, "secretariat@demo.test");
        var html = await secretariat.GetStringAsync($"/reporting/cycles/{id}");

        var response = await secretariat.PostAsync($"/reporting/cycles/{id}?handler=Remind", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(html),
        }));

        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("Reminders sent: [0-9]+", page);
        var api = await SignIn.Bearer(app, "secretariat@demo.test");
        var completeness = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.All(completeness.GetProperty("countries").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.GetProperty("lastReminder").ValueKind));
    }
}
