using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;
using Palermo.Screening;

namespace Palermo.Browser.Tests.Screening;

/// <summary>The screening guide as an Arabic-speaking labour inspector uses it on a phone-sized screen.</summary>
public sealed class ScreeningInArabicTests(BrowserSession browser)
{
    private static string Arabic(string key) => Texts.In("ar", key);

    [Fact]
    public async Task The_screening_guide_walks_an_adult_interview_in_Arabic_and_shows_the_outcome()
    {
        await using var context = await browser.NewContextAsync("ar");
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync("/screening/labour?culture=ar&profile=adult");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        var boxes = page.Locator("input[name=indicators]");
        var ids = new List<string>();
        for (var i = 0; i < await boxes.CountAsync(); i++)
        {
            await boxes.Nth(i).CheckAsync();
            ids.Add((await boxes.Nth(i).GetAttributeAsync("value"))!);
        }
        Assert.True(ids.Count > 10);
        await page.Locator("form[data-screening-form] button[type=submit]").ClickAsync();

        var catalogue = LabourCatalogueLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "screening", "labour-indicators.json"));
        var expected = LabourScreeningEvaluator.Create(catalogue).Evaluate("adult", false, ids).Result!.OutcomeId;
        var outcome = page.Locator("[data-outcome]");
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-outcome", expected);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Matches("[\u0600-\u06FF]", await outcome.InnerTextAsync());
    }
}
