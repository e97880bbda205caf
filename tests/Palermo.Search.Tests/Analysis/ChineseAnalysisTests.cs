namespace Palermo.Search.Tests.Analysis;

public class ChineseAnalysisTests
{
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
}
