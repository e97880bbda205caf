using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Screening;

public class LabourAssessmentApiTests(WebApps apps)
{
    private const string Url = "/api/v1/screening/labour-assessments";

    [Fact]
    public async Task A_known_indicator_set_gives_the_exact_outcome_and_dimension_counts_anonymously()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var response = await app.Anonymous().PostAsJsonAsync(Url,
            new { profile = "adult", actPresent = false, indicators = ScreeningTestData.TraffickingIndicators, save = false }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("trafficking-indicated", body.GetProperty("outcome").GetString());
        var dimensions = body.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(6, dimensions.Count);
        var deceptive = dimensions["deceptive-recruitment"];
        Assert.True(deceptive.GetProperty("positive").GetBoolean());
        Assert.Equal((1, 1, 0), (deceptive.GetProperty("strong").GetInt32(), deceptive.GetProperty("medium").GetInt32(), deceptive.GetProperty("weak").GetInt32()));
        Assert.Equal(["DR01", "DR02"], deceptive.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));
        var coercion = dimensions["coercion-at-destination"];
        Assert.Equal((2, 0, 0), (coercion.GetProperty("strong").GetInt32(), coercion.GetProperty("medium").GetInt32(), coercion.GetProperty("weak").GetInt32()));
        Assert.False(dimensions["coercive-recruitment"].GetProperty("positive").GetBoolean());
        Assert.Equal("ilo-ec-2009-labour", body.GetProperty("catalogue").GetProperty("id").GetString());
        Assert.Equal(1, body.GetProperty("catalogue").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Saving_anonymously_is_refused_with_401_and_stores_nothing()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var response = await app.Anonymous().PostAsJsonAsync(Url,
            new { profile = "adult", indicators = new[] { "EX01" }, save = true, country = "PHL", sector = "S" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await ScreeningTestData.RecordsAsync(app, r => r.CountryIso3 == "PHL" && r.Sector == "S"));
    }

    [Theory, AllDatabases]
    public async Task A_signed_in_save_stores_exactly_the_anonymous_fields(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        var response = await practitioner.PostAsJsonAsync(Url, new
        {
            profile = "adult", actPresent = false, indicators = ScreeningTestData.TraffickingIndicators, save = true,
            country = "ITA", sector = "T", sex = "female", ageGroup = "25-34",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var record = Assert.Single(await ScreeningTestData.RecordsAsync(app, r => r.CountryIso3 == "ITA" && r.Sector == "T"));
        Assert.Equal("female", record.Sex);
        Assert.Equal("25-34", record.AgeGroup);
        Assert.Equal("trafficking-indicated", record.Outcome);
        Assert.Equal(["DR01", "DR02", "EX01", "EX02", "CD01", "CD02"], record.IndicatorIds());
        Assert.Equal(("ilo-ec-2009-labour", 1), (record.CatalogueId, record.CatalogueVersion));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), record.RecordedOn);

        // The table has no other column: nothing about the person or the practitioner can be stored.
        using var scope = app.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Model.FindEntityType(typeof(LabourAssessmentRecord))!;
        Assert.Equal(
            ["AgeGroup", "CatalogueId", "CatalogueVersion", "CountryIso3", "Id", "Indicators", "Outcome", "RecordedOn", "Sector", "Sex"],
            model.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_country_defaults_to_the_users_own()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        var response = await practitioner.PostAsJsonAsync(Url,
            new { profile = "child", actPresent = true, indicators = new[] { "CR02", "CR04" }, save = true, sector = "R" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var record = Assert.Single(await ScreeningTestData.RecordsAsync(app, r => r.Sector == "R" && r.CountryIso3 == "ITA"));
        Assert.Equal(("unknown", "unknown"), (record.Sex, record.AgeGroup));
    }

    [Theory]
    [InlineData("adult", "XX99", "indicator-unknown", "XX99")]
    [InlineData("child", "RV07", "indicator-not-for-profile", "RV07")]
    [InlineData(null, "DR01", "profile-missing", "profile")]
    [InlineData("grown-up", "DR01", "profile-unknown", "grown-up")]
    public async Task Bad_input_is_a_400_naming_the_value_and_stores_nothing(string? profile, string indicator, string code, string named)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var focal = await SignIn.Bearer(app, "focal.phl@demo.test");
        var response = await focal.PostAsJsonAsync(Url,
            new { profile, indicators = new[] { "EX01", indicator }, save = true, country = "PHL", sector = "B" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(named, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == code);
        Assert.Empty(await ScreeningTestData.RecordsAsync(app, r => r.CountryIso3 == "PHL" && r.Sector == "B"));
    }

    [Fact]
    public async Task Bad_record_fields_are_named_when_saving()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var practitioner = await SignIn.Bearer(app, "practitioner@demo.test");
        var response = await practitioner.PostAsJsonAsync(Url,
            new { profile = "adult", indicators = new[] { "EX01" }, save = true, country = "ZZZ", sector = "Z", sex = "x", ageGroup = "old" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString();
        foreach (var value in new[] { "ZZZ", "\"Z\"", "\"x\"", "old" }) Assert.Contains(value, detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_catalogue_for_offline_use_is_public_json()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var body = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/screening/labour-catalogue", TestContext.Current.CancellationToken);
        Assert.Equal("ilo-ec-2009-labour", body.GetProperty("catalogue").GetProperty("id").GetString());
        Assert.True(body.GetProperty("translations").GetProperty("indicators").TryGetProperty("DR01", out _));
    }
}
