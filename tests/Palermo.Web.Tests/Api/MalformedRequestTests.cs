using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Api;

/// <summary>
/// Input the framework cannot bind — a page that is not a number, a body that is not JSON or has the wrong shape —
/// is a localized 400 problem naming the field, never a 500 (the test host runs as Development, where the framework
/// throws for it), and changes nothing.
/// </summary>
public class MalformedRequestTests(WebApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> AssertMalformedAsync(HttpResponseMessage response, string? field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("malformed-request", problem.GetProperty("code").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        if (field is null) Assert.False(problem.TryGetProperty("field", out _));
        else Assert.Equal(field, problem.GetProperty("field").GetString());
        return problem;
    }

    [Theory]
    [InlineData("/api/v1/practices/search?q=trafficking&page=abc")]
    [InlineData("/api/v1/practices/search?q=trafficking&page=99999999999")]
    [InlineData("/api/v1/case-law/search?q=trafficking&page=1.5")]
    public async Task A_page_that_is_not_a_number_is_a_400_problem_naming_it(string url)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        await AssertMalformedAsync(await app.Anonymous().GetAsync(url, Ct), "page");
    }

    [Fact]
    public async Task The_problem_is_in_the_request_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");
        var problem = await AssertMalformedAsync(await client.GetAsync("/api/v1/practices/search?q=x&page=abc", Ct), "page");
        Assert.Equal("تعذّرت قراءة الطلب.", problem.GetProperty("title").GetString());
        Assert.Contains("page", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Matches("[\u0600-\u06FF]", problem.GetProperty("detail").GetString()!);
    }

    [Theory]
    [InlineData("{WORD", null)]
    [InlineData("{\"title\":\"WORD\",\"summary\":", "summary")]
    [InlineData("[\"WORD\"]", null)]
    [InlineData("{\"title\":\"WORD\",\"language\":\"en\",\"category\":\"investigation\",\"countries\":\"EGY\"}", "countries")]
    [InlineData("{\"title\":\"WORD\",\"language\":\"en\",\"category\":\"investigation\",\"articles\":{\"a\":1}}", "articles")]
    public async Task A_body_of_the_wrong_shape_is_a_400_problem_and_creates_nothing(string body, string? field)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = await SignIn.Bearer(app, "secretariat@demo.test");
        var word = "zq" + Guid.NewGuid().ToString("N")[..10];
        using var content = new StringContent(body.Replace("WORD", word, StringComparison.Ordinal), Encoding.UTF8, "application/json");

        await AssertMalformedAsync(await client.PostAsync("/api/v1/practices", content, Ct), field);

        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Practices.AnyAsync(p => p.Title.Contains(word), Ct));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_localized_415_problem()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = await SignIn.Bearer(app, "secretariat@demo.test");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var content = new StringContent("title=x", Encoding.UTF8, "text/plain");

        var response = await client.PostAsync("/api/v1/practices", content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("unsupported-media-type", problem.GetProperty("code").GetString());
        Assert.Equal("Ce type de contenu n'est pas accepté ici.", problem.GetProperty("title").GetString());
    }
}
