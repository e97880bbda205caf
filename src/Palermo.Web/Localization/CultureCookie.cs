using Microsoft.AspNetCore.Localization;

namespace Palermo.Web.Localization;

/// <summary>The cookie that remembers a person's language between pages.</summary>
public static class CultureCookie
{
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    /// <summary>
    /// After sign-in the language the person used on the sign-in page stays with them, even when the page
    /// language came from the URL rather than from their browser.
    /// </summary>
    public static void RememberCurrent(HttpResponse response) => Remember(response, PalermoLocalization.CurrentLanguage());
}
