using System.Globalization;

namespace Palermo;

/// <summary>The six official UN languages Palermo works in; Arabic first because the decision came in Arabic.</summary>
public static class PalermoLanguages
{
    public static readonly IReadOnlyList<string> Codes = ["ar", "zh", "en", "fr", "ru", "es"];

    public const string Default = "en";

    public static bool IsSupported(string? code) =>
        code is not null && Codes.Contains(code, StringComparer.OrdinalIgnoreCase);

    public static bool IsRightToLeft(string code) => string.Equals(code, "ar", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Culture for a UN language. Neutral <c>ar</c> would default to the Um al-Qura calendar in some runtimes;
    /// the UN uses the Gregorian calendar, so it is set explicitly.
    /// </summary>
    public static CultureInfo Culture(string code)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(code).Clone();
        if (culture.Calendar is not GregorianCalendar)
        {
            var gregorian = culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() ?? new GregorianCalendar();
            culture.DateTimeFormat.Calendar = gregorian;
        }
        return culture;
    }
}
