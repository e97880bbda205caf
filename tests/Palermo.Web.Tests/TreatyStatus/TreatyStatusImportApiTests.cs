using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.TreatyStatus;

public class TreatyStatusImportApiTests
{
    private static string Sample => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "treaty-status", "samples", "untc-tip-sample.tsv"));

    [Theory, AllDatabases]
    public async Task The_secretariat_imports_the_status_table_and_the_new_as_of_date_shows(DatabaseEngine engine)
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(engine));
        var admin = await SignIn.Bearer(app, "secretariat@demo.test");

        var response = await admin.PostAsync("/api/v1/treaty-status/TIP/import?asOf=2026-11-01", new StringContent(Sample, Encoding.UTF8, "text/tab-separated-values"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").GetInt32());
        var japan = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/countries/JPN");
        var tip = japan.GetProperty("treatyStatus").GetProperty("TIP");
        Assert.Equal("2017-07-11", tip.GetProperty("consent").GetString());
        Assert.Equal("acceptance", tip.GetProperty("action").GetString());
        Assert.Equal("2026-11-01", tip.GetProperty("asOf").GetString());
        Assert.Equal("2013-12-13", japan.GetProperty("treatyStatus").GetProperty("SOM").GetProperty("asOf").GetString());
    }

    [Theory, AllDatabases]
    public async Task A_malformed_table_gets_line_numbered_errors_and_changes_nothing(DatabaseEngine engine)
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(engine));
        var admin = await SignIn.Bearer(app, "secretariat@demo.test");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var before = await app.Anonymous().GetStringAsync("/api/v1/countries/ALB");
        var broken = Sample.Replace("21 Aug 2002", "21 Aug 20O2", StringComparison.Ordinal) + "Narnia\t1 Jan 2001\t2 Feb 2002\n";

        var response = await admin.PostAsync("/api/v1/treaty-status/TIP/import", new StringContent(broken, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("import-rejected", problem.GetProperty("code").GetString());
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal([2, 11], errors.Select(e => e.GetProperty("line").GetInt32()));
        Assert.StartsWith("Строка 2:", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.Anonymous().GetStringAsync("/api/v1/countries/ALB"));

        var unknownProtocol = await admin.PostAsync("/api/v1/treaty-status/XYZ/import", new StringContent(Sample));
        Assert.Equal(HttpStatusCode.NotFound, unknownProtocol.StatusCode);
        var badDate = await admin.PostAsync("/api/v1/treaty-status/TIP/import?asOf=yesterday", new StringContent(Sample));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task The_import_page_reports_bad_rows_with_their_line_numbers()
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite));
        var admin = await SignIn.Cookie(app, "secretariat@demo.test");
        var form = await admin.GetStringAsync("/admin/treaty-status?culture=en");
        Assert.Contains(new DateOnly(2013, 12, 13).ToString("D", PalermoLanguages.Culture("en")), form, StringComparison.Ordinal);

        var response = await admin.PostAsync("/admin/treaty-status?culture=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Protocol"] = "SOM",
            ["AsOf"] = "2026-11-01",
            ["Table"] = "Participant\tSignature\tRatification\nAtlantis\t1 Jan 2001\t2 Feb 2002\n",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Line 2:", html, StringComparison.Ordinal);
        Assert.Contains("Atlantis", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_as_of_date_on_the_page_is_reported_in_the_language_and_nothing_is_imported()
    {
        await using var app = new PalermoWebFactory(await TestDatabase.CreateAsync(DatabaseEngine.Sqlite));
        var admin = await SignIn.Cookie(app, "secretariat@demo.test");
        var form = await admin.GetStringAsync("/admin/treaty-status?culture=es");

        var response = await admin.PostAsync("/admin/treaty-status?culture=es", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Protocol"] = "TIP",
            ["AsOf"] = "no-es-fecha",
            ["Table"] = Sample,
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("El valor \"no-es-fecha\" no es válido", html, StringComparison.Ordinal);
        var japan = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/countries/JPN");
        Assert.Equal("2013-12-13", japan.GetProperty("treatyStatus").GetProperty("TIP").GetProperty("asOf").GetString());
    }
}
