using Microsoft.Playwright;

namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>
/// Waits for a sign-in to take effect by watching the context's cookie jar, not the page's navigation.
/// </summary>
/// <remarks>
/// Twice on CI a wait for the home page's URL (once with <c>load</c>, once with <c>commit</c>) ran out after two minutes
/// with the page already on that URL: whatever Playwright was waiting for never arrived. The sign-in cookie is what a
/// signed-in test needs, and it is set by the sign-in response itself, so that is what these helpers wait for.
/// </remarks>
public static class SessionCookie
{
    public const string Name = "palermo.auth";

    /// <summary>Returns once the sign-in cookie is in <paramref name="context"/>; explains what the page shows if it never comes.</summary>
    public static async Task WaitAsync(IBrowserContext context, IPage page, string email)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(Patience.Milliseconds);
        while (!(await context.CookiesAsync()).Any(c => c.Name == Name))
        {
            if (DateTime.UtcNow > deadline)
            {
                var errors = await page.Locator(".errors").AllInnerTextsAsync();
                throw new InvalidOperationException($"Sign-in of {email} set no sign-in cookie; the page is {page.Url}: {string.Join(" ", errors)}");
            }
            await Task.Delay(100);
        }
    }
}
