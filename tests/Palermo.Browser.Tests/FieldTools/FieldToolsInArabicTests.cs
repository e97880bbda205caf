using System.Globalization;
using System.Resources;
using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;
using Palermo.Screening;

namespace Palermo.Browser.Tests.FieldTools;

/// <summary>The two field tools as an Arabic-speaking inspector or border officer uses them on a phone-sized screen.</summary>
public sealed class FieldToolsInArabicTests(BrowserSession browser)
{
    private static readonly ResourceManager Strings = new("Palermo.Resources.SharedResource", typeof(Palermo.SharedResource).Assembly);

    private static string Arabic(string key) => Strings.GetString(key, CultureInfo.GetCultureInfo("ar")) ?? throw new KeyNotFoundException(key);

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

    [Fact]
    public async Task The_travel_document_check_shows_each_check_in_Arabic()
    {
        await using var context = await browser.SignedInContextAsync(DemoUsers.SecretariatAdmin, "ar");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/travel-documents/check?culture=ar");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.Locator("#mrz").FillAsync("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        await page.GetByRole(AriaRole.Main).Locator("form button[type=submit]").First.ClickAsync();

        var status = page.Locator("[data-valid]");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-valid", "true");
        await Assertions.Expect(status).ToContainTextAsync(Arabic("Mrz.Valid"));
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("ERIKSSON");
    }
}
