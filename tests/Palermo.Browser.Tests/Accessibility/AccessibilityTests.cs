using Deque.AxeCore.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// Every page the app serves (its Razor page routes, read from its endpoints), in English and in Arabic
/// (right-to-left), checked by axe-core in Chromium: no serious or critical violation. How each route is opened is in
/// <see cref="PageVisits"/>; a route it does not know fails the test. The API reference at <c>/api/reference</c> is no
/// Razor page: it is Scalar's third-party single-page UI (its own markup, styles and looser script policy), not our
/// pages, and we cannot fix what axe would find there.
/// </summary>
public sealed class AccessibilityTests(BrowserSession browser)
{
    [Fact]
    public void Every_page_route_is_visited_or_said_to_be_no_page()
    {
        var routes = PageRoutes.Patterns(browser.Services);
        var known = PageVisits.For(new DemoIds(Guid.Empty, Guid.Empty, 0)).Keys.Concat(PageVisits.NotPages.Keys).ToList();

        Assert.Empty(routes.Except(known, StringComparer.Ordinal));
        // A visit for a route that is gone would check nothing.
        Assert.Empty(known.Except(routes, StringComparer.Ordinal));
    }

    [Theory, InlineData("en"), InlineData("ar")]
    public async Task Every_page_has_no_serious_accessibility_problem(string language)
    {
        var visits = PageVisits.For(await DemoIds.ReadAsync(browser.Services));
        var problems = new List<string>();
        foreach (var pattern in PageRoutes.Patterns(browser.Services).Where(p => !PageVisits.NotPages.ContainsKey(p)))
        {
            Assert.True(visits.TryGetValue(pattern, out var ways), $"The page route «{pattern}» has no visit in {nameof(PageVisits)}.");
            foreach (var visit in ways)
                problems.AddRange(await CheckAsync(pattern, visit, language));
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>What is wrong with the page <paramref name="visit"/> opens: nothing, or the reasons.</summary>
    private async Task<IReadOnlyList<string>> CheckAsync(string pattern, PageVisit visit, string language)
    {
        var path = visit.PathOf(pattern);
        await using var context = visit.Account == PageVisit.Anonymous
            ? await browser.NewContextAsync(language)
            : await browser.SignedInContextAsync(visit.Account, language);
        var page = await context.NewPageAsync();

        if (visit.ThroughTwoFactorSignIn) await TwoFactorAccount.SignInWithPasswordAsync(page, await TwoFactorAccount.CreateAsync(browser.Services));
        else Assert.NotNull(await page.GotoAsync(path));
        // The page itself, not a redirect to sign-in or an error standing in for it.
        var reached = new Uri(page.Url).PathAndQuery;
        if (!string.Equals(reached, path, StringComparison.Ordinal)) return [$"{path} ({language}): the browser ended on {reached}"];
        var lang = await page.Locator("html").GetAttributeAsync("lang");
        if (!string.Equals(lang, language, StringComparison.Ordinal)) return [$"{path} ({language}): the page is in «{lang}»"];

        var blockers = AxeFindings.Blockers(await page.RunAxe());
        return blockers.Count == 0 ? [] : [AxeFindings.Describe($"{path} ({language})", blockers)];
    }
}
