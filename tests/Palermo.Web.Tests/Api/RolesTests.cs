using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Api;

public class RolesTests(WebApps apps)
{
    public static TheoryData<DatabaseEngine, string> Protected => new()
    {
        { DatabaseEngine.Sqlite, "/api/v1/users" }, { DatabaseEngine.Postgres, "/api/v1/users" },
        { DatabaseEngine.Sqlite, "/api/v1/audit" }, { DatabaseEngine.Postgres, "/api/v1/audit" },
        { DatabaseEngine.Sqlite, "/api/v1/invitations" }, { DatabaseEngine.Postgres, "/api/v1/invitations" },
        { DatabaseEngine.Sqlite, "/api/v1/me" }, { DatabaseEngine.Postgres, "/api/v1/me" },
    };

    [Theory, MemberData(nameof(Protected))]
    public async Task Without_sign_in_the_api_answers_a_401_problem_and_no_data(DatabaseEngine engine, string path)
    {
        var app = await apps.For(engine);
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unauthorized", problem.GetProperty("code").GetString());
        Assert.DoesNotContain("@demo.test", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task A_role_without_the_right_gets_a_403_problem_and_no_data(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var contributor = await SignIn.Bearer(app, "contributor.mex@demo.test");
        contributor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh");

        foreach (var path in new[] { "/api/v1/audit", "/api/v1/users", "/api/v1/invitations" })
        {
            var response = await contributor.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("forbidden", problem.GetProperty("code").GetString());
            Assert.Equal("您的账户无权执行此操作。", problem.GetProperty("title").GetString());
        }
        var import = await contributor.PostAsync("/api/v1/treaty-status/TIP/import", new StringContent("Participant\tSignature\tX"));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        var analyst = await SignIn.Bearer(app, "analyst@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/api/v1/treaty-status/TIP/import", new StringContent("x"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/audit")).StatusCode);
    }

    [Fact]
    public async Task Openapi_document_reference_page_and_health_are_served()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();

        var openapi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openapi.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/countries", out _));
        Assert.True(paths.TryGetProperty("/api/v1/countries/{iso3}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/auth/login", out _));

        var reference = await client.GetAsync("/api/reference/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);

        var health = await client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("index", out _));
    }

    [Fact]
    public async Task Metrics_are_exposed_for_opentelemetry_scrapers()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        await client.GetAsync("/api/v1/countries/EGY");

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
    }
}
