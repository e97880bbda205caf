using Palermo.Knowledge;

namespace Palermo.Core.Tests.Knowledge;

/// <summary>Article references in their one written form, whatever way they were typed.</summary>
public class ArticleReferencesTests
{
    [Theory]
    // Written in full, in any case and with the usual separators.
    [InlineData("TIP 6", "", "TIP 6")]
    [InlineData("tip 6", "SOM", "TIP 6")]
    [InlineData("TIP6", "", "TIP 6")]
    [InlineData("SOM-16", "", "SOM 16")]
    [InlineData("TIP art. 6", "", "TIP 6")]
    [InlineData("UNTOC, article 19", "", "UNTOC 19")]
    [InlineData(" SOM  art 8 ", "", "SOM 8")]
    [InlineData("TIP 20", "", "TIP 20")]
    // Without the instrument: the record's only protocol is meant …
    [InlineData("6", "TIP", "TIP 6")]
    [InlineData("Article 6", "TIP", "TIP 6")]
    [InlineData("art. 16", "SOM", "SOM 16")]
    [InlineData("artículo 6", "TIP", "TIP 6")]
    [InlineData("статья 6", "TIP", "TIP 6")]
    [InlineData("المادة 6", "TIP", "TIP 6")]
    [InlineData("第6条", "TIP", "TIP 6")]
    // … and with none or several, nobody can tell which: kept as written.
    [InlineData("Article 6", "", "Article 6")]
    [InlineData("6", "TIP SOM", "6")]
    // Not a plain article reference: kept as written.
    [InlineData("TIP 6(3)(b)", "", "TIP 6(3)(b)")]
    [InlineData("Palermo Protocol, assistance to victims", "TIP", "Palermo Protocol, assistance to victims")]
    public void A_reference_is_read_into_its_one_written_form(string text, string protocols, string expected)
    {
        var reading = ArticleReferences.Read(text, protocols.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(reading.Unknown);
        Assert.Equal(expected, reading.Reference);
    }

    [Theory]
    [InlineData("TIP 21", "")]
    [InlineData("TIP 0", "")]
    [InlineData("SOM 26", "")]
    [InlineData("UNTOC 42", "")]
    [InlineData("99", "TIP")]
    public void An_article_the_instrument_does_not_have_is_unknown(string text, string protocols)
    {
        var reading = ArticleReferences.Read(text, protocols.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(reading.Unknown);
        Assert.Null(reading.Reference);
    }
}
