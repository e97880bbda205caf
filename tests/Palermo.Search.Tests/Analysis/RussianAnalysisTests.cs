namespace Palermo.Search.Tests.Analysis;

public class RussianAnalysisTests
{
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
}
