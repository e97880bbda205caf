namespace Palermo.Search.Tests.Analysis;

public class SpanishAnalysisTests
{
    [Theory]
    [InlineData("víctimas", "victim")]
    [InlineData("victima", "victim")]
    [InlineData("Víctima", "victim")]
    [InlineData("trata", "trat")]
    [InlineData("trata de personas", "trat person")]
    [InlineData("tráfico ilícito de migrantes", "trafic ilicit migrant")]
    [InlineData("niños", "nin")]
    [InlineData("ninos", "nin")]
    [InlineData("explotación", "explotacion")]
    [InlineData("explotaciones", "explotacion")]
    public void Spanish_folds_accents_and_light_stems(string text, string expected) =>
        Assert.Equal(expected, Terms.Of("es", text));
}
