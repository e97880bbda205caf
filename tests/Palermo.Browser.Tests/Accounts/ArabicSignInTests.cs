using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Accounts;

/// <summary>A focal point whose browser speaks Arabic signs in through the Arabic form, then switches to English.</summary>
public sealed class ArabicSignInTests(BrowserSession browser)
{
    // Label and button texts as the Arabic resources have them (Field.Email, Field.Password, Login.Submit).
    private const string ArabicEmailLabel = "عنوان البريد الإلكتروني";
    private const string ArabicPasswordLabel = "كلمة المرور";
    private const string ArabicSignIn = "تسجيل الدخول";

    [Fact]
    public async Task Focal_point_signs_in_in_Arabic_and_switches_to_English_for_good()
    {
        await using var context = await browser.NewContextAsync(locale: "ar-EG");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login?culture=ar");
        await AssertLanguage(page, "ar", "rtl");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction"));

        await page.GetByLabel(ArabicEmailLabel, new() { Exact = true }).FillAsync(DemoUsers.FocalPointEgypt);
        await page.GetByLabel(ArabicPasswordLabel, new() { Exact = true }).FillAsync(PalermoOnKestrel.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = ArabicSignIn }).ClickAsync();

        // Sign-in lands on "/" without ?culture; the page stays Arabic because this browser asks for Arabic.
        await SessionCookie.WaitAsync(context, page, DemoUsers.FocalPointEgypt);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Focal point EGY");
        await AssertLanguage(page, "ar", "rtl");

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await AssertLanguage(page, "en", "ltr");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Implementing the Palermo Protocols together");

        // The browser still asks for Arabic; the switcher's cookie must win on every later page.
        await page.GotoAsync("/countries");
        await AssertLanguage(page, "en", "ltr");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Countries and treaty status");
    }

    private static async Task AssertLanguage(IPage page, string lang, string dir)
    {
        var root = page.Locator("html");
        await Assertions.Expect(root).ToHaveAttributeAsync("lang", lang);
        await Assertions.Expect(root).ToHaveAttributeAsync("dir", dir);
    }
}
