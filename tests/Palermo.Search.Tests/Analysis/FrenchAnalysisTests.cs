namespace Palermo.Search.Tests.Analysis;

public class FrenchAnalysisTests
{
    [Theory]
    [InlineData("traite", "trait")]
    [InlineData("traité", "trait")]
    [InlineData("Traités", "trait")]
    [InlineData("victime", "victim")]
    [InlineData("victimes", "victim")]
    [InlineData("frontières", "frontier")]
    [InlineData("frontieres", "frontier")]
    [InlineData("l'exploitation", "exploit")]
    [InlineData("L’exploitation", "exploit")]
    [InlineData("prélèvement d'organes", "prelev organ")]
    [InlineData("traite des personnes", "trait person")]
    [InlineData("États parties", "etat part")]
    [InlineData("été", "")]
    public void French_folds_accents_removes_elision_and_light_stems(string text, string expected) =>
        Assert.Equal(expected, Terms.Of("fr", text));
}
