namespace Palermo.Search.Tests.Analysis;

public class CompatibilityNormalizationTests
{
    [Theory]
    [InlineData("en", "ＵＮ", "un")]
    [InlineData("fr", "ﬁlles", "file")]
    [InlineData("es", "ＯＮＵ", "onu")]
    [InlineData("ar", "ﺍﻟﻌﻤﻞ", "عمل")]
    [InlineData("zh", "ＵＮＯＤＣ", "unodc")]
    [InlineData("ru", "ＵＮ", "un")]
    public void Compatibility_forms_are_normalized_in_every_language(string language, string text, string expected) =>
        Assert.Equal(expected, Terms.Of(language, text));
}
