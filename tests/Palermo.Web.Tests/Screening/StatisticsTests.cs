using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

public class StatisticsTests(WebApps apps)
{
    private const string Statistics = "/api/v1/screening/labour-assessments/statistics";

    private static async Task SaveEgyptianRecordAsync(PalermoWebFactory app)
    {
        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        (await focal.PostAsJsonAsync("/api/v1/screening/labour-assessments", new
        {
            profile = "adult", indicators = new[] { "EX01", "EX02", "CD01", "CD02" }, save = true, sector = "A", sex = "male", ageGroup = "18-24",
        }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_of_another_country_sees_nothing_of_egypts_records(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        await SaveEgyptianRecordAsync(app);

        var jordan = await SignIn.Bearer(app, "focal.jor@demo.test");
        var asked = await jordan.GetFromJsonAsync<JsonElement>($"{Statistics}?country=EGY", TestContext.Current.CancellationToken);
        Assert.Equal(0, asked.GetProperty("total").GetInt32());
        var all = await jordan.GetFromJsonAsync<JsonElement>(Statistics, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(all.GetProperty("byCountry").EnumerateArray(), c => c.GetProperty("key").GetString() == "EGY");

        var egypt = await SignIn.Bearer(app, "focal.egy@demo.test");
        var own = await egypt.GetFromJsonAsync<JsonElement>(Statistics, TestContext.Current.CancellationToken);
        Assert.All(own.GetProperty("byCountry").EnumerateArray(), c => Assert.Equal("EGY", c.GetProperty("key").GetString()));

        var analyst = await SignIn.Bearer(app, "analyst@demo.test");
        var secretariat = await analyst.GetFromJsonAsync<JsonElement>($"{Statistics}?country=EGY", TestContext.Current.CancellationToken);
        Assert.True(secretariat.GetProperty("total").GetInt32() >= 1);
        Assert.True(secretariat.GetProperty("outcomes").GetProperty("forced-labour-indicated").GetInt32() >= 1);
        Assert.Contains(secretariat.GetProperty("bySector").EnumerateArray(), s => s.GetProperty("key").GetString() == "A");
        Assert.Contains(secretariat.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("id").GetString() == "CD01");
    }

    [Fact]
    public async Task Other_roles_and_anonymous_users_may_not_read_statistics()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(Statistics, TestContext.Current.CancellationToken)).StatusCode);
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await practitioner.GetAsync(Statistics, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_statistics_page_shows_the_tables_in_arabic()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        await SaveEgyptianRecordAsync(app);
        var analyst = await SignIn.Cookie(app, "analyst@demo.test", culture: "ar");

        var html = await analyst.GetStringAsync("/screening/statistics?culture=ar", TestContext.Current.CancellationToken);

        Assert.Contains("النتائج حسب البلد", html, StringComparison.Ordinal);
        Assert.Contains("EGY", html, StringComparison.Ordinal);
    }
}
