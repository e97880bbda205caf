using System.Globalization;
using Palermo.Localization;

namespace Palermo.Browser.Tests.Infrastructure;

/// <summary>A page text as Palermo's own resources have it in one language, so tests look for what a reader sees.</summary>
public static class Texts
{
    private static readonly FeatureStrings Strings = new();

    public static string In(string language, string key)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = Strings[key];
            return text.ResourceNotFound ? throw new KeyNotFoundException(key) : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
