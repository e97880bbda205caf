namespace Palermo.Search.Tests.Analysis;

public class OtherLanguagesAnalysisTests
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

    [Theory]
    [InlineData("ёлка", "елк")]
    [InlineData("елка", "елк")]
    [InlineData("учёт", "учет")]
    [InlineData("учет", "учет")]
    [InlineData("торговля", "торговл")]
    [InlineData("торговли", "торговл")]
    [InlineData("торговлей", "торговл")]
    [InlineData("торговля людьми", "торговл люд")]
    [InlineData("люди", "люд")]
    [InlineData("жертвы", "жертв")]
    [InlineData("документы на въезд/выезд", "документ въезд выезд")]
    public void Russian_folds_yo_and_stems(string text, string expected) =>
        Assert.Equal(expected, Terms.Of("ru", text));

    [Theory]
    [InlineData("ещё", "еще")]
    [InlineData("ЕЩЁ", "еще")]
    [InlineData("её", "ее")]
    public void Russian_yo_and_ye_are_the_same_word(string withYo, string withYe) =>
        Assert.Equal(Terms.Of("ru", withYe), Terms.Of("ru", withYo));

    [Theory]
    [InlineData("贩运人口", "贩运 人口")]
    [InlineData("人口贩运", "人口 贩运")]
    [InlineData("打击贩运人口", "打击 贩运 人口")]
    [InlineData("偷运移民", "偷运 移民")]
    [InlineData("被害人", "被害人")]
    [InlineData("ＵＮＯＤＣ报告", "unodc 报告")]
    [InlineData("，。", "")]
    public void Chinese_is_segmented_into_words(string text, string expected) =>
        Assert.Equal(expected, Terms.Of("zh", text));

    [Fact]
    public void Chinese_query_for_a_word_meets_a_document_with_the_compound()
    {
        // SmartCn splits 贩运人口 into 贩运 | 人口, so a search for 贩运 alone finds it.
        var documentTerms = Terms.Of("zh", "贩运人口").Split(' ');
        Assert.Contains(Terms.Of("zh", "贩运"), documentTerms);
    }

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

    [Theory]
    [InlineData("en", "ＵＮ", "un")]
    [InlineData("fr", "ﬁlles", "file")]
    [InlineData("es", "ＯＮＵ", "onu")]
    public void Compatibility_forms_are_normalized_in_every_language(string language, string text, string expected) =>
        Assert.Equal(expected, Terms.Of(language, text));
}
