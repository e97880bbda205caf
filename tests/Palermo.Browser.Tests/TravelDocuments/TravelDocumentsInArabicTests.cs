using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.TravelDocuments;

/// <summary>The travel-document check as an Arabic-speaking border officer uses it.</summary>
public sealed class TravelDocumentsInArabicTests(BrowserSession browser)
{
    private static string Arabic(string key) => Texts.In("ar", key);

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
