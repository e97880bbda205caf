using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Reporting;

public class DeadlineExtensionPageTests(WebApps apps)
{
    private static async Task<(HttpResponseMessage Response, string Html)> ExtendAsync(HttpClient client, string path, string country, string deadline, string culture)
    {
        var form = await client.GetStringAsync($"{path}?culture={culture}");
        var response = await client.PostAsync($"{path}?handler=Extend&culture={culture}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ExtensionCountry"] = country, ["ExtensionDeadline"] = deadline, ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
        }));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Theory, AllDatabases]
    public async Task The_secretariat_extends_one_countrys_deadline_and_bad_choices_are_explained_in_the_pages_language(DatabaseEngine engine)
    {
        var app = await apps.For(engine);
        var (id, _) = await ReportingClient.OpenCycleAsync(app);
        var path = $"/reporting/cycles/{id}";
        var secretariat = await SignIn.Cookie(app, "secretariat@demo.test");
        var api = await SignIn.Bearer(app, "secretariat@demo.test");
        var deadline = DateOnly.Parse((await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}")).GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var page = await secretariat.GetStringAsync($"{path}?culture=fr");
        Assert.Contains("Aucun pays ne bénéficie", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"EGY\">", page, StringComparison.Ordinal);

        var (_, noCountry) = await ExtendAsync(secretariat, path, "", Iso(deadline.AddDays(10)), "fr");
        Assert.Contains("Choisissez un pays parmi les répondants attendus de ce cycle.", noCountry, StringComparison.Ordinal);
        var (_, unknown) = await ExtendAsync(secretariat, path, "XYZ", Iso(deadline.AddDays(10)), "fr");
        Assert.Contains("Choisissez un pays", unknown, StringComparison.Ordinal);
        var (_, badDate) = await ExtendAsync(secretariat, path, "EGY", "31/12/2030", "ar");
        Assert.Contains("أدخل الموعد النهائي الجديد في صورة تاريخ.", badDate, StringComparison.Ordinal);
        var (_, early) = await ExtendAsync(secretariat, path, "EGY", Iso(deadline), "es");
        Assert.Contains("El nuevo plazo debe ser posterior al plazo del ciclo", early, StringComparison.Ordinal);
        var completeness = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.All(completeness.GetProperty("countries").EnumerateArray(), c => Assert.Equal(Iso(deadline), c.GetProperty("deadline").GetString()));

        var (granted, html) = await ExtendAsync(secretariat, path, "EGY", Iso(deadline.AddDays(14)), "en");
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.Contains("The deadline for Egypt was extended to", html, StringComparison.Ordinal);
        Assert.Contains("data-extensions", html, StringComparison.Ordinal);
        Assert.Contains("(EGY)", html[html.IndexOf("data-extensions", StringComparison.Ordinal)..], StringComparison.Ordinal);
        completeness = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        var egypt = completeness.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "EGY");
        Assert.Equal(Iso(deadline.AddDays(14)), egypt.GetProperty("deadline").GetString());

        // Only the secretariat grants extensions; a focal point's attempt changes nothing.
        var focal = await SignIn.Cookie(app, "focal.egy@demo.test");
        var (refused, _) = await ExtendAsync(focal, path, "EGY", Iso(deadline.AddDays(40)), "en");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");
        completeness = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cycles/{id}/completeness");
        Assert.Equal(Iso(deadline.AddDays(14)), completeness.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "EGY").GetProperty("deadline").GetString());
    }
}
