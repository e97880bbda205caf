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
    private static string Arabic(string key) => Texts.In("ar", key);

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
        var cycle = await OpenCycleAsync(contributorContext, "TIP");
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
        await WaitUntilSavedAsync(contributorContext, $"/api/v1/cycles/{cycle}/submissions/PHL", "tip.criminalization.ta-details", Details);
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

    [Fact]
    public async Task A_save_over_someone_elses_newer_answer_shows_both_versions_and_saves_the_choice()
    {
        await using var context = await browser.NewContextAsync("ar");
        var page = await context.NewPageAsync();
        await SignInInArabicAsync(page, "contributor.egy@demo.test");
        var cycle = await OpenCycleAsync(context, "SOM");
        var api = $"/api/v1/cycles/{cycle}/submissions/EGY";
        await page.GotoAsync($"/reporting/cycles/{cycle}/submissions/EGY?culture=ar");
        await AssertArabicAsync(page);

        // Meanwhile the focal point changes the same answer (and another one) through the API.
        await using var focal = await browser.NewContextAsync("ar");
        await SignInInArabicAsync(await focal.NewPageAsync(), "focal.egy@demo.test");
        using var before = JsonDocument.Parse(await (await focal.APIRequest.GetAsync(api)).TextAsync());
        var answers = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(before.RootElement.GetProperty("answers").GetRawText())!;
        string[] options = ["yes", "no", "partly", "not-applicable"];
        string Was(string code) => answers.TryGetValue(code, out var v) ? v.GetString() ?? "" : "";
        // Theirs and mine differ from each other and from what both started from.
        var theirs = options.First(o => o != Was("som.institutional.plan"));
        var mine = options.First(o => o != Was("som.institutional.plan") && o != theirs);
        var otherChange = options.First(o => o != Was("som.border.ta"));
        var bodyChange = options.First(o => o != Was("som.institutional.body"));
        answers["som.institutional.plan"] = JsonSerializer.SerializeToElement(theirs);
        answers["som.border.ta"] = JsonSerializer.SerializeToElement(otherChange);
        var saved = await focal.APIRequest.PutAsync(api, new() { DataObject = new { version = before.RootElement.GetProperty("version").GetInt32(), answers } });
        Assert.Equal(200, saved.Status);

        await page.Locator("#f-som\\.institutional\\.plan").SelectOptionAsync(mine);
        await Assertions.Expect(page.Locator("[data-autosave-status]")).ToHaveTextAsync(Arabic("Reporting.Autosave.Conflict"));
        var screen = page.Locator("[data-conflict-screen]");
        await Assertions.Expect(screen).ToBeVisibleAsync();
        var choice = screen.Locator("fieldset[data-code='som.institutional.plan']");
        await Assertions.Expect(choice).ToContainTextAsync(Arabic("Reporting.Answer." + mine));
        await Assertions.Expect(choice).ToContainTextAsync(Arabic("Reporting.Answer." + theirs));
        // Only the answer both changed is asked about; the focal point's other change is simply taken.
        await Assertions.Expect(screen.Locator("fieldset")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#f-som\\.border\\.ta")).ToHaveValueAsync(otherChange);

        await choice.Locator("input[value=theirs]").CheckAsync();
        await screen.Locator("[data-conflict-save]").ClickAsync();
        await Assertions.Expect(screen).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#f-som\\.institutional\\.plan")).ToHaveValueAsync(theirs);
        await page.Locator("#f-som\\.institutional\\.body").SelectOptionAsync(bodyChange);
        await WaitUntilSavedAsync(context, api, "som.institutional.body", bodyChange);
        using var after = JsonDocument.Parse(await (await focal.APIRequest.GetAsync(api)).TextAsync());
        Assert.Equal(theirs, after.RootElement.GetProperty("answers").GetProperty("som.institutional.plan").GetString());
        Assert.Equal(otherChange, after.RootElement.GetProperty("answers").GetProperty("som.border.ta").GetString());
    }

    [Fact]
    public async Task Answers_typed_offline_are_kept_on_the_device_and_saved_when_the_connection_returns()
    {
        await using var context = await browser.NewContextAsync("ar");
        var page = await context.NewPageAsync();
        await SignInInArabicAsync(page, "contributor.phl@demo.test");
        var cycle = await OpenCycleAsync(context, "SOM");
        var api = $"/api/v1/cycles/{cycle}/submissions/PHL";
        await page.GotoAsync($"/reporting/cycles/{cycle}/submissions/PHL?culture=ar");

        await context.SetOfflineAsync(true);
        await page.Locator("#f-som\\.criminalization\\.offence").SelectOptionAsync("partly");
        var status = page.Locator("[data-autosave-status]");
        await Assertions.Expect(status).ToHaveTextAsync(Arabic("Reporting.Autosave.Offline"));
        var kept = await page.EvaluateAsync<string>("() => Object.keys(localStorage).filter(k => k.startsWith('palermo.submission.')).map(k => localStorage.getItem(k)).join('')");
        Assert.Contains("\"som.criminalization.offence\":\"partly\"", kept, StringComparison.Ordinal);

        await context.SetOfflineAsync(false);
        await WaitUntilSavedAsync(context, api, "som.criminalization.offence", "partly");
        await Assertions.Expect(status).ToContainTextAsync(Arabic("Reporting.Autosave.SavedAt").Replace("{0}", "", StringComparison.Ordinal).Trim());
    }

    private async Task SignInInArabicAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login?culture=ar");
        await AssertArabicAsync(page);
        await page.GetByLabel(Arabic("Field.Email"), new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(Arabic("Field.Password"), new() { Exact = true }).FillAsync(PalermoOnKestrel.DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = Arabic("Login.Submit") }).ClickAsync();
        await SessionCookie.WaitAsync(page.Context, page, email);
    }

    /// <summary>The demo's open cycle of a protocol (the first one; tests elsewhere may add more).</summary>
    private static async Task<int> OpenCycleAsync(IBrowserContext context, string protocol)
    {
        var response = await context.APIRequest.GetAsync("/api/v1/cycles");
        Assert.True(response.Ok, response.StatusText);
        using var cycles = JsonDocument.Parse(await response.TextAsync());
        return cycles.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("protocol").GetString() == protocol && c.GetProperty("state").GetString() == "open")
            .Min(c => c.GetProperty("id").GetInt32());
    }

    /// <summary>The server, not only the page, has the answer (auto-save is asynchronous: ask until it arrives).</summary>
    private static async Task WaitUntilSavedAsync(IBrowserContext context, string api, string code, string expected)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Patience.Milliseconds);
        while (true)
        {
            var response = await context.APIRequest.GetAsync(api);
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
