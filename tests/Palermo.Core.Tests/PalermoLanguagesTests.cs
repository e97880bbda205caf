using System.Globalization;

namespace Palermo.Tests;

public class PalermoLanguagesTests
{
    [Fact]
    public void Arabic_uses_the_gregorian_calendar()
    {
        var culture = PalermoLanguages.Culture("ar");
        Assert.IsType<GregorianCalendar>(culture.DateTimeFormat.Calendar);
        var text = new DateTime(2026, 11, 28, 0, 0, 0, DateTimeKind.Utc).ToString("yyyy", culture);
        Assert.Contains("2026", text.Replace("\u0662\u0660\u0662\u0666", "2026", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", true)]
    [InlineData("en", false)]
    [InlineData("zh", false)]
    public void Only_arabic_is_right_to_left(string code, bool rtl) => Assert.Equal(rtl, PalermoLanguages.IsRightToLeft(code));
}
