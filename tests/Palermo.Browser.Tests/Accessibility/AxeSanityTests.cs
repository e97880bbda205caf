using Deque.AxeCore.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// Proves the checker runs: a clean result means nothing if axe was never injected (for instance blocked by
/// our Content-Security-Policy). A field without a label, added on purpose, must be reported.
/// </summary>
public sealed class AxeSanityTests(BrowserSession browser)
{
    [Fact]
    public async Task Axe_reports_a_field_without_a_label()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        var before = await page.RunAxe();
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('input'))");
        var after = await page.RunAxe();

        Assert.NotEmpty(before.Passes);
        Assert.DoesNotContain(AxeFindings.Blockers(before), v => v.Id == "label");
        Assert.Contains(AxeFindings.Blockers(after), v => v.Id == "label");
    }
}
