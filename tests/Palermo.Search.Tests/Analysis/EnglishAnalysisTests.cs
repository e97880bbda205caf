namespace Palermo.Search.Tests.Analysis;

public class EnglishAnalysisTests
{
    [Theory]
    [InlineData("trafficking", "traffick")]
    [InlineData("trafficked", "traffick")]
    [InlineData("traffickers", "traffick")]
    [InlineData("trafficker's", "traffick")]
    [InlineData("Trafficking in Persons", "traffick person")]
    [InlineData("victim's", "victim")]
    [InlineData("victims", "victim")]
    // Organ removal and organized crime must not share a stem.
    [InlineData("organs", "organ")]
    [InlineData("organized crime", "organiz crime")]
    [InlineData("organised crime", "organiz crime")]
    [InlineData("organization", "organiz")]
    [InlineData("Côte d'Ivoire", "cote d'ivoir")]
    [InlineData("the", "")]
    public void English_removes_possessives_and_stems(string text, string expected) =>
        Assert.Equal(expected, Terms.Of("en", text));
}
