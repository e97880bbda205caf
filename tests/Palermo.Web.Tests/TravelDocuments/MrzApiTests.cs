using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.TravelDocuments;

public class MrzApiTests(WebApps apps)
{
    private const string Url = "/api/v1/travel-documents/mrz";
    private const string Td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";

    [Theory, AllDatabases]
    public async Task The_td3_specimen_is_valid_with_every_check(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var officer = await SignIn.Bearer(app, "officer.egy@demo.test");

        var body = await (await officer.PostAsJsonAsync(Url, new { mrz = Td3 }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.Equal("TD3", body.GetProperty("format").GetString());
        Assert.True(body.GetProperty("valid").GetBoolean());
        Assert.Equal("ERIKSSON", body.GetProperty("fields").GetProperty("surname").GetString());
        Assert.Equal("1974-08-12", body.GetProperty("fields").GetProperty("dateOfBirth").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(5, checks.Count);
        Assert.All(checks, c => Assert.True(c.GetProperty("valid").GetBoolean()));
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetString() == "specimen-document");
    }

    [Fact]
    public async Task A_wrong_check_digit_is_invalid_with_expected_and_found()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var officer = await SignIn.Bearer(app, "officer.egy@demo.test");

        var body = await (await officer.PostAsJsonAsync(Url, new { mrz = Td3.Replace("7408122F", "7408123F", StringComparison.Ordinal) }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.False(body.GetProperty("valid").GetBoolean());
        var birth = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "dateOfBirth");
        Assert.False(birth.GetProperty("valid").GetBoolean());
        Assert.Equal("2", birth.GetProperty("expected").GetString());
        Assert.Equal("3", birth.GetProperty("found").GetString());
    }

    [Theory]
    [InlineData("hello world", "mrz-line-count")]
    [InlineData("P<UTOERIKSSON\nL898902C36UTO", "mrz-line-length")]
    public async Task Text_that_is_not_an_mrz_is_a_localized_422(string text, string code)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var officer = await SignIn.Bearer(app, "officer.egy@demo.test");
        officer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await officer.PostAsJsonAsync(Url, new { mrz = text }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains("zone de lecture automatique", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Anonymous_users_get_a_401_problem()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var response = await app.Anonymous().PostAsJsonAsync(Url, new { mrz = Td3 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_document_never_reaches_the_logs_through_the_api_or_the_page()
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite));
        var officer = await SignIn.Bearer(app, "officer.egy@demo.test");
        (await officer.PostAsJsonAsync(Url, new { mrz = Td3 }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        await officer.PostAsJsonAsync(Url, new { mrz = "L898902C36UTO7408122F garbage" }, TestContext.Current.CancellationToken);

        var browser = await SignIn.Cookie(app, "officer.egy@demo.test");
        var page = await browser.GetStringAsync("/travel-documents/check", TestContext.Current.CancellationToken);
        var response = await browser.PostAsync("/travel-documents/check", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mrz"] = Td3, ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-valid=\"true\"", html, StringComparison.Ordinal);

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("ERIKSSON", StringComparison.Ordinal) || line.Contains("L898902C3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_check_page_in_arabic_shows_localized_labels_and_transliterates_a_name()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var browser = await SignIn.Cookie(app, "officer.jor@demo.test", culture: "ar");
        var page = await browser.GetStringAsync("/travel-documents/check?culture=ar", TestContext.Current.CancellationToken);
        Assert.Contains("dir=\"rtl\"", page, StringComparison.Ordinal);

        var result = await (await browser.PostAsync("/travel-documents/check?culture=ar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["mrz"] = Td3.Replace("7408122F", "7408123F", StringComparison.Ordinal), ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-valid=\"false\"", result, StringComparison.Ordinal);
        Assert.Contains("تاريخ الميلاد", result, StringComparison.Ordinal);

        var translit = await (await browser.PostAsync("/travel-documents/check?handler=Transliterate&culture=ar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["arabicName"] = "محمد", ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("MXHMD", translit, StringComparison.Ordinal);
    }
}
