using Microsoft.AspNetCore.Localization;

namespace Palermo.Web.Localization;

/// <summary>
/// Culture comes from the URL (<c>?culture=ar</c> or <c>?lang=ar</c>), else the cookie set by the language
/// switcher, else Accept-Language; English when nothing matches.
/// </summary>
public static class PalermoLocalization
{
    public static RequestLocalizationOptions Options()
    {
        var cultures = PalermoLanguages.Codes.Select(PalermoLanguages.Culture).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(PalermoLanguages.Culture(PalermoLanguages.Default)),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>The UN language of the current request (the neutral culture's name).</summary>
    public static string CurrentLanguage()
    {
        var name = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return PalermoLanguages.IsSupported(name) ? name : PalermoLanguages.Default;
    }
}
