using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Palermo.Accounts;
using Palermo.Browser.Tests.Infrastructure;

namespace Palermo.Browser.Tests.Accessibility;

/// <summary>
/// An account of the test's own with two-factor sign-in on (no demo account has it, and turning it on for one would
/// break every test that signs in as it): signing in with its password stops at the code page.
/// </summary>
public static class TwoFactorAccount
{
    public static async Task<string> CreateAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PalermoUser>>();
        var email = $"two-factor.{Guid.NewGuid():N}@demo.test";
        var user = new PalermoUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Two-factor tester", CountryIso3 = "ITA" };
        Succeeded(await users.CreateAsync(user, PalermoOnKestrel.DemoPassword));
        Succeeded(await users.AddToRoleAsync(user, PalermoRoles.Practitioner));
        Succeeded(await users.ResetAuthenticatorKeyAsync(user));
        Succeeded(await users.SetTwoFactorEnabledAsync(user, true));
        return email;
    }

    /// <summary>Signs in with the password on <paramref name="page"/>; the browser is then on the two-factor code page.</summary>
    public static async Task SignInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name='Input.Email']").FillAsync(email);
        var password = page.Locator("input[name='Input.Password']");
        await password.FillAsync(PalermoOnKestrel.DemoPassword);
        await password.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.Equals("/account/login-two-factor", StringComparison.OrdinalIgnoreCase));
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
