using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class MapAndAnalysisPageTests(WebApps apps)
{
    [Theory, AllDatabases]
    public async Task The_status_map_is_svg_readable_without_colour_and_shows_states_only_to_the_secretariat(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var secretariat = await SignIn.Bearer(app, "secretariat@demo.test");
        var id = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/cycles")).EnumerateArray().Min(c => c.GetProperty("id").GetInt32());

        var response = await secretariat.GetAsync($"/api/v1/cycles/{id}/map.svg");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        var tiles = svg.Descendants(ns + "g").ToList();
        Assert.True(tiles.Count > 100);
        Assert.Contains(tiles, t => t.Element(ns + "title")!.Value == "EGY: In progress" && t.Element(ns + "text")!.Value == "EGY…");

        var focal = await SignIn.Bearer(app, "focal.egy@demo.test");
        var theirs = await focal.GetStringAsync($"/api/v1/cycles/{id}/map.svg");
        Assert.DoesNotContain("In progress", theirs, StringComparison.Ordinal);
        Assert.Contains("NGA✓", theirs, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task The_analysis_page_shows_distributions_filtered_by_region_in_arabic(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var analyst = await SignIn.Cookie(app, "analyst@demo.test");
        var api = await SignIn.Bearer(app, "analyst@demo.test");
        var id = (await api.GetFromJsonAsync<JsonElement>("/api/v1/cycles")).EnumerateArray().Min(c => c.GetProperty("id").GetInt32());

        var page = await analyst.GetAsync($"/reporting/cycles/{id}/analysis?region=002&culture=ar");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("ما تُظهره الإجابات", html, StringComparison.Ordinal);
        Assert.Contains("<meter", html, StringComparison.Ordinal);
        Assert.Contains("value=\"002\" selected", html, StringComparison.Ordinal);
        var cycle = await analyst.GetStringAsync($"/reporting/cycles/{id}");
        Assert.Contains($"/api/v1/cycles/{id}/map.svg", cycle, StringComparison.Ordinal);
    }
}
