using Palermo.Search.Knowledge;

namespace Palermo.Search.Tests.Knowledge;

public class SnippetBuilderTests
{
    [Fact]
    public void Chinese_terms_are_marked_where_they_are_written()
    {
        var snippet = SnippetBuilder.Build("zh", "警方与检察官合作。打击贩运人口需要警方。", new HashSet<string>(["警方", "贩运"], StringComparer.Ordinal));
        Assert.Equal("<mark>警方</mark>与检察官合作。打击<mark>贩运</mark>人口需要<mark>警方</mark>。", snippet);
    }

    [Fact]
    public void A_long_text_shows_the_window_around_its_first_match_with_every_match_in_it_marked()
    {
        var text = string.Join(' ', Enumerable.Repeat("farm", 200)) + " shelters for victims and a shelter " + string.Join(' ', Enumerable.Repeat("port", 200));
        var snippet = SnippetBuilder.Build("en", text, new HashSet<string>(["shelter"], StringComparer.Ordinal));
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>shelters</mark> for victims and a <mark>shelter</mark> port", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length, SnippetBuilder.Length, SnippetBuilder.Length + 40);
    }

    [Fact]
    public void Markup_is_escaped_and_letters_of_every_script_stay_as_written()
    {
        var snippet = SnippetBuilder.Build("es", "Víctimas <b>atendidas</b> & \"apoyadas\" — ضحايا", new HashSet<string>(["victim"], StringComparer.Ordinal));
        Assert.Equal("<mark>Víctimas</mark> &lt;b&gt;atendidas&lt;/b&gt; &amp; &quot;apoyadas&quot; — ضحايا", snippet);
    }

    [Fact]
    public void Line_breaks_and_tabs_become_spaces_instead_of_character_references()
    {
        var snippet = SnippetBuilder.Build("en", "Summary of the practice\r\nPolice\tand prosecutors\ncooperated", new HashSet<string>(["polic"], StringComparer.Ordinal));
        Assert.Equal("Summary of the practice <mark>Police</mark> and prosecutors cooperated", snippet);
    }
}
