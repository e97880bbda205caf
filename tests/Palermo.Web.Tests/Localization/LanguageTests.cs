using System.Net;
using Palermo.Testing;
using Palermo.Web.Tests.Infrastructure;

namespace Palermo.Web.Tests.Localization;

public class LanguageTests(WebApps apps)
{
    [Theory]
    [InlineData("ar", "rtl", "باليرمو")]
    [InlineData("zh", "ltr", "巴勒莫")]
    [InlineData("en", "ltr", "Palermo")]
    [InlineData("fr", "ltr", "Pays et état des traités")]
    [InlineData("ru", "ltr", "Палермо")]
    [InlineData("es", "ltr", "Países y estado de los tratados")]
    public async Task The_culture_in_the_url_sets_lang_dir_and_text(string language, string dir, string expectedText)
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var html = await app.Anonymous().GetStringAsync($"/?culture={language}");

        Assert.Contains($"<html lang=\"{language}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains(expectedText, html, StringComparison.Ordinal);
        foreach (var code in PalermoLanguages.Codes)
            Assert.Contains($"href=\"/culture/{code}?returnUrl=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_language_applies_when_url_and_cookie_are_silent()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU,ru;q=0.9");

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"ru\" dir=\"ltr\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switcher_remembers_the_choice_in_a_cookie_over_accept_language()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var switched = await client.GetAsync("/culture/ar?returnUrl=%2Fcountries%3Fculture%3Dfr");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/countries", switched.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/countries");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("البلدان وحالة المعاهدات", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switcher_refuses_other_languages_and_foreign_return_urls()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var client = app.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/culture/de")).StatusCode);
        var offsite = await client.GetAsync("/culture/ar?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Arabic_dates_use_the_gregorian_calendar()
    {
        var app = await apps.For(DatabaseEngine.Sqlite);
        var html = await app.Anonymous().GetStringAsync("/countries/EGY?culture=ar");

        // Egypt ratified the TIP Protocol on 5 March 2004 — in the Hijri calendar that would be 1425.
        var expected = new DateOnly(2004, 3, 5).ToString("D", PalermoLanguages.Culture("ar"));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("مارس", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("1425", html, StringComparison.Ordinal);
    }
}
