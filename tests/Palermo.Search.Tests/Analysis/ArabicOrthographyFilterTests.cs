using Palermo.Search.Analysis;

namespace Palermo.Search.Tests.Analysis;

/// <summary>The filter on its own, before Lucene's normalizer and the stemmer see the token.</summary>
public class ArabicOrthographyFilterTests
{
    [Theory]
    [InlineData("ٱلعمل", "العمل")]
    [InlineData("٠١٢٣٤٥٦٧٨٩", "0123456789")]
    [InlineData("۰۱۲۳۴۵۶۷۸۹", "0123456789")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("مسئول", "مسوول")]
    [InlineData("رئيس", "رييس")]
    [InlineData("لاجئ", "لاجي")]
    [InlineData("لاجئون", "لاجيون")]
    [InlineData("شؤون", "شيون")]
    [InlineData("کتاب", "كتاب")]
    [InlineData("فی", "في")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("مُدَرِّسَة", "مدرسة")]
    // Left for Lucene's ArabicNormalizationFilter, which runs next.
    [InlineData("أإآ", "أإآ")]
    [InlineData("ـ", "ـ")]
    public void Unifies_what_Lucene_normalization_leaves_out(string input, string expected)
    {
        var buffer = input.ToCharArray();
        var length = ArabicOrthographyFilter.Unify(buffer, buffer.Length);
        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
