using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

public class PalermoAnalyzersTests
{
    [Theory]
    [InlineData("ar", typeof(ArabicSearchAnalyzer))]
    [InlineData("zh", typeof(ChineseSearchAnalyzer))]
    [InlineData("en", typeof(EnglishSearchAnalyzer))]
    [InlineData("fr", typeof(FrenchSearchAnalyzer))]
    [InlineData("ru", typeof(RussianSearchAnalyzer))]
    [InlineData("es", typeof(SpanishSearchAnalyzer))]
    [InlineData("AR", typeof(ArabicSearchAnalyzer))]
    [InlineData("ar-EG", typeof(ArabicSearchAnalyzer))]
    [InlineData("zh-Hans", typeof(ChineseSearchAnalyzer))]
    [InlineData("fr_CA", typeof(FrenchSearchAnalyzer))]
    public void For_returns_the_language_analyzer(string code, Type expected)
    {
        using var analyzer = PalermoAnalyzers.For(code);
        Assert.IsType(expected, analyzer);
    }

    [Fact]
    public void For_gives_each_caller_its_own_instance()
    {
        using var first = PalermoAnalyzers.For("en");
        using var second = PalermoAnalyzers.For("en");
        Assert.NotSame(first, second);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("arabic")]
    public void Unsupported_languages_are_rejected(string code)
    {
        Assert.False(PalermoAnalyzers.Supports(code));
        Assert.Throws<ArgumentException>(() => PalermoAnalyzers.For(code));
        Assert.Throws<ArgumentException>(() => PalermoAnalyzers.AnalyzeToTerms(code, "text"));
    }

    [Fact]
    public void Covers_the_six_UN_languages() =>
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], PalermoAnalyzers.SupportedLanguages);

    [Theory]
    [InlineData("ar", "")]
    [InlineData("en", "   ")]
    [InlineData("zh", "")]
    public void Blank_text_has_no_terms(string language, string text) =>
        Assert.Empty(PalermoAnalyzers.AnalyzeToTerms(language, text));

    [Fact]
    public void Terms_keep_order_and_duplicates_for_tsvector_positions() =>
        Assert.Equal(
            ["victim", "traffick", "victim"],
            PalermoAnalyzers.AnalyzeToTerms("en", "Victims of trafficking, victims"));

    [Fact]
    public void AnalyzeToTerms_is_repeatable_across_threads()
    {
        const string Text = "حماية ضحايا الاتجار بالأشخاص والمهاجرين";
        var expected = PalermoAnalyzers.AnalyzeToTerms("ar", Text);
        var results = new IReadOnlyList<string>[16];
        Parallel.For(0, results.Length, i => results[i] = PalermoAnalyzers.AnalyzeToTerms("ar", Text));
        Assert.All(results, result => Assert.Equal(expected, result));
    }
}
