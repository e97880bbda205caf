using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Countries;

public class CountriesApiTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task Countries_come_with_names_region_and_treaty_status_in_the_asked_language(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var countries = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/countries?lang=ar");

        Assert.True(countries.GetArrayLength() >= 249);
        var egypt = countries.EnumerateArray().Single(c => c.GetProperty("iso3").GetString() == "EGY");
        Assert.Equal("مصر", egypt.GetProperty("name").GetString());
        Assert.Equal("Egypt", egypt.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("002", egypt.GetProperty("region").GetProperty("m49").GetString());
        Assert.Equal("أفريقيا", egypt.GetProperty("region").GetProperty("name").GetString());
        var tip = egypt.GetProperty("treatyStatus").GetProperty("TIP");
        Assert.True(tip.GetProperty("isParty").GetBoolean());
        Assert.Equal("2004-03-05", tip.GetProperty("consent").GetString());
        Assert.Equal("ratification", tip.GetProperty("action").GetString());
        Assert.Equal("2013-12-13", tip.GetProperty("asOf").GetString());
    }

    [Theory, AllDatabases]
    public async Task One_country_by_its_code_in_any_case(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var mexico = await app.Anonymous().GetFromJsonAsync<JsonElement>("/api/v1/countries/mex?lang=es");

        Assert.Equal("México", mexico.GetProperty("name").GetString());
        Assert.True(mexico.GetProperty("treatyStatus").GetProperty("SOM").GetProperty("isParty").GetBoolean());
    }

    [Theory, AllDatabases]
    public async Task An_unknown_country_is_a_localized_404_problem(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.GetAsync("/api/v1/countries/XYZ");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unknown-country", problem.GetProperty("code").GetString());
        Assert.Equal("País o zona desconocidos.", problem.GetProperty("title").GetString());
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_country_page_shows_the_status_as_of_date()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var html = await app.Anonymous().GetStringAsync("/countries/ITA?culture=en");

        Assert.Contains("Italy", html, StringComparison.Ordinal);
        Assert.Contains(new DateOnly(2013, 12, 13).ToString("D", PalermoLanguages.Culture("en")), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/countries/XYZ")).StatusCode);
    }

    [Fact]
    public async Task The_list_is_served_precompressed_and_revalidates_with_its_etag()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        var plain = await client.GetAsync("/api/v1/countries?lang=fr");
        var identity = await plain.Content.ReadAsByteArrayAsync();
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var etag = plain.Headers.ETag;
        Assert.NotNull(etag);

        foreach (var (encoding, decompress) in new (string, Func<Stream, Stream>)[]
        {
            ("br", s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionMode.Decompress)),
            ("gzip", s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress)),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries?lang=fr");
            request.Headers.AcceptEncoding.ParseAdd(encoding);
            using var response = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            using var body = decompress(await response.Content.ReadAsStreamAsync());
            using var copy = new MemoryStream();
            await body.CopyToAsync(copy);
            Assert.Equal(identity, copy.ToArray());
        }

        using var refused = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries?lang=fr");
        refused.Headers.TryAddWithoutValidation("Accept-Encoding", "br;q=0, gzip;q=0");
        Assert.Empty((await client.SendAsync(refused)).Content.Headers.ContentEncoding);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries?lang=fr");
        revalidate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate)).StatusCode);

        using var otherLanguage = new HttpRequestMessage(HttpMethod.Get, "/api/v1/countries?lang=es");
        otherLanguage.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(otherLanguage)).StatusCode);
    }
}
