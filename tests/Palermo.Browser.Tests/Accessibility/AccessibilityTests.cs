using Deque.AxeCore.Playwright;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// Every page a person can reach, in English and in Arabic (right-to-left), checked by axe-core in Chromium:
/// no serious or critical violation. The API reference at <c>/api/reference</c> is left out on purpose: it is
/// Scalar's third-party single-page UI (its own markup, styles and looser script policy), not our pages, and we
/// cannot fix what axe would find there.
/// </summary>
public sealed class AccessibilityTests(BrowserSession browser)
{
    private const string Anonymous = "";

    public static TheoryData<string, string, string> Pages()
    {
        (string Path, string Account)[] pages =
        [
            ("/", DemoUsers.FocalPointEgypt),
            ("/countries", DemoUsers.FocalPointEgypt),
            ("/countries/EGY", DemoUsers.FocalPointEgypt),
            ("/account/login", Anonymous),
            ("/account/accept-invitation", Anonymous),
            ("/account/two-factor", DemoUsers.FocalPointEgypt),
            ("/account/access-denied", Anonymous),
            ("/admin/users", DemoUsers.SecretariatAdmin),
            ("/admin/invitations", DemoUsers.SecretariatAdmin),
            ("/admin/treaty-status", DemoUsers.SecretariatAdmin),
            ("/admin/audit", DemoUsers.SecretariatAdmin),
            ("/admin/screening-catalogue", DemoUsers.SecretariatAdmin),
            ("/admin/screening-catalogue/indicators/DR01", DemoUsers.SecretariatAdmin),
            ("/Error?status=404", Anonymous),
            ("/screening/labour", Anonymous),
            ("/screening/labour?profile=child", Anonymous),
            ("/screening/statistics", DemoUsers.SecretariatAdmin),
            ("/screening/referrals", DemoUsers.FocalPointEgypt),
            ("/travel-documents/check", DemoUsers.SecretariatAdmin),
            ("/knowledge", Anonymous),
            ("/knowledge?q=trafficking", Anonymous),
            ("/knowledge?q=trafficking&language=en&country=ITA", Anonymous),
            ("/knowledge?q=zqxwvu", Anonymous),
            ("/knowledge/practices/new", DemoUsers.FocalPointEgypt),
            ("/knowledge/case-law/new", DemoUsers.FocalPointEgypt),
            ("/knowledge/review", DemoUsers.SecretariatAdmin),
            ("/reporting", DemoUsers.FocalPointEgypt),
            ("/reporting/cycles/1", DemoUsers.SecretariatAdmin),
            ("/reporting/cycles/1/analysis", DemoUsers.SecretariatAdmin),
            ("/reporting/cycles/1/report", DemoUsers.FocalPointEgypt),
            ("/reporting/cycles/1/submissions/EGY", DemoUsers.FocalPointEgypt),
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var language in new[] { "en", "ar" })
            foreach (var (path, account) in pages)
                data.Add(path, language, account);
        return data;
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_accessibility_problem(string path, string language, string account)
    {
        await using var context = account == Anonymous
            ? await browser.NewContextAsync(language)
            : await browser.SignedInContextAsync(account, language);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        // The page itself, not a redirect to sign-in or an error standing in for it.
        Assert.Equal(new Uri(browser.BaseAddress, path).PathAndQuery, new Uri(page.Url).PathAndQuery);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));

        var blockers = AxeFindings.Blockers(await page.RunAxe());

        Assert.True(blockers.Count == 0, AxeFindings.Describe($"{path} ({language})", blockers));
    }
}
