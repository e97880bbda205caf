using System.Globalization;
using System.Resources;
using System.Text.Json;
using Microsoft.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Reporting;

/// <summary>
/// A reporting cycle in Arabic: a contributor fills in the Philippines' answers in the open demo cycle (saved as they
/// type, kept over a reload), then the focal point of the same country reviews and submits them.
/// </summary>
public sealed class SubmissionInArabicTests(BrowserSession browser)
{
    private static readonly ResourceManager Strings = new("Palermo.Resources.SharedResource", typeof(Palermo.SharedResource).Assembly);

    private static string Arabic(string key) => Strings.GetString(key, CultureInfo.GetCultureInfo("ar")) ?? throw new KeyNotFoundException(key);

    // The required questions of the TIP questionnaire (all yes / no / partly / not applicable).
    private static readonly string[] Required =
    [
        "tip.criminalization.offence", "tip.criminalization.ta", "tip.assistance.privacy", "tip.assistance.ta", "tip.repatriation.procedure",
        "tip.repatriation.ta", "tip.prevention.demand", "tip.prevention.ta", "tip.information.ta", "tip.border.ta", "tip.documents.security",
        "tip.documents.ta", "tip.institutional.body", "tip.institutional.plan", "tip.institutional.ta",
    ];

    private const string Details = "تدريب المدعين العامين على التحقيقات المالية";

    [Fact]
    public async Task A_contributor_fills_in_with_auto_save_and_the_focal_point_submits_in_Arabic()
    {
        await using var contributorContext = await browser.NewContextAsync("ar");
        var page = await contributorContext.NewPageAsync();
        await SignInInArabicAsync(page, "contributor.phl@demo.test");
        var cycle = await OpenTipCycleAsync(contributorContext);
        var path = $"/reporting/cycles/{cycle}/submissions/PHL?culture=ar";

        await page.GotoAsync(path);
        await AssertArabicAsync(page);
        var status = page.Locator("[data-autosave-status]");
        await Assertions.Expect(status).ToHaveTextAsync(Arabic("Reporting.Autosave.Hint"));
        foreach (var code in Required) await page.Locator($"#f-{code.Replace(".", "\\.", StringComparison.Ordinal)}").SelectOptionAsync("yes");
        await page.Locator("#f-tip\\.criminalization\\.ta-details").FillAsync(Details);

        // Saved through the API as they type, and the status says so in Arabic ("Saved at …").
        var savedAt = Arabic("Reporting.Autosave.SavedAt").Replace("{0}", "", StringComparison.Ordinal).Trim();
        await Assertions.Expect(status).ToContainTextAsync(savedAt);
        await WaitUntilSavedAsync(contributorContext, cycle, "tip.criminalization.ta-details", Details);
        // Nothing is left waiting on the device once the server confirmed.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('palermo.submission.')).length"));

        await page.ReloadAsync();
        await AssertArabicAsync(page);
        foreach (var code in Required) await Assertions.Expect(page.Locator($"#f-{code.Replace(".", "\\.", StringComparison.Ordinal)}")).ToHaveValueAsync("yes");
        await Assertions.Expect(page.Locator("#f-tip\\.criminalization\\.ta-details")).ToHaveValueAsync(Details);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Arabic("Reporting.SubmissionState.InProgress"));
        // A contributor drafts; only the focal point submits.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = Arabic("Reporting.Submit"), Exact = true })).ToHaveCountAsync(0);

        await using var focalContext = await browser.NewContextAsync("ar");
        var review = await focalContext.NewPageAsync();
        await SignInInArabicAsync(review, "focal.phl@demo.test");
        await review.GotoAsync(path);
        await AssertArabicAsync(review);
        await Assertions.Expect(review.Locator("#f-tip\\.criminalization\\.ta-details")).ToHaveValueAsync(Details);
        await Assertions.Expect(review.Locator("#f-tip\\.institutional\\.plan")).ToHaveValueAsync("yes");
        await review.GetByRole(AriaRole.Button, new() { Name = Arabic("Reporting.Submit"), Exact = true }).ClickAsync();

        await Assertions.Expect(review.Locator(".notice")).ToHaveTextAsync(Arabic("Reporting.SubmittedMessage"));
        await Assertions.Expect(review.Locator("main > p[role=status]").First).ToContainTextAsync(Arabic("Reporting.SubmissionState.Submitted"));
        await AssertArabicAsync(review);
        // Submitted answers are frozen: the form is read-only now, for the focal point and the contributor alike.
        await Assertions.Expect(review.Locator("[data-autosave-status]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Arabic("Reporting.SubmissionState.Submitted"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(Details);
    }

    private async Task SignInInArabicAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login?culture=ar");
        await AssertArabicAsync(page);
        await page.GetByLabel(Arabic("Field.Email"), new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(Arabic("Field.Password"), new() { Exact = true }).FillAsync(PalermoOnKestrel.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = Arabic("Login.Submit") }).ClickAsync();
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, "/").ToString());
    }

    /// <summary>The demo's open TIP cycle (the first one; tests elsewhere may add more).</summary>
    private static async Task<int> OpenTipCycleAsync(IBrowserContext context)
    {
        var response = await context.APIRequest.GetAsync("/api/v1/cycles");
        Assert.True(response.Ok, response.StatusText);
        using var cycles = JsonDocument.Parse(await response.TextAsync());
        return cycles.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("protocol").GetString() == "TIP" && c.GetProperty("state").GetString() == "open")
            .Min(c => c.GetProperty("id").GetInt32());
    }

    /// <summary>The server, not only the page, has the answer (auto-save is asynchronous: ask until it arrives).</summary>
    private static async Task WaitUntilSavedAsync(IBrowserContext context, int cycle, string code, string expected)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Patience.Milliseconds);
        while (true)
        {
            var response = await context.APIRequest.GetAsync($"/api/v1/cycles/{cycle}/submissions/PHL");
            using var body = JsonDocument.Parse(await response.TextAsync());
            if (body.RootElement.GetProperty("answers").TryGetProperty(code, out var value) && value.GetString() == expected) return;
            Assert.True(DateTime.UtcNow < deadline, $"{code} never reached the server");
            await Task.Delay(200);
        }
    }

    private static async Task AssertArabicAsync(IPage page)
    {
        var root = page.Locator("html");
        await Assertions.Expect(root).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(root).ToHaveAttributeAsync("dir", "rtl");
    }
}
