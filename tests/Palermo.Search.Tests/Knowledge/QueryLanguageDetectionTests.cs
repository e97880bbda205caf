using Palermo.Search.Knowledge;

namespace Palermo.Search.Tests.Knowledge;

/// <summary>The language of a query typed into the one search box, whatever the language of the page it is typed on.</summary>
public class QueryLanguageDetectionTests
{
    [Theory]
    // The script decides for Arabic, Russian and Chinese.
    [InlineData("الاتجار بالأشخاص", "en", "ar")]
    [InlineData("торговля людьми", "fr", "ru")]
    [InlineData("贩运人口", "es", "zh")]
    // Latin script: the words decide, even on a page in another language…
    [InlineData("traite des personnes", "en", "fr")]
    [InlineData("trata de personas", "en", "es")]
    [InlineData("trafficking in persons", "fr", "en")]
    [InlineData("smuggling of migrants", "es", "en")]
    [InlineData("protección de las víctimas", "en", "es")]
    [InlineData("l'exploitation par le travail", "en", "fr")]
    [InlineData("formation des juges", "en", "fr")]
    [InlineData("niños en situación de calle", "fr", "es")]
    [InlineData("garçon", "en", "fr")]
    // …and when they do not, the page's language does (English for a page in another script).
    [InlineData("police", "fr", "fr")]
    [InlineData("police", "en", "en")]
    [InlineData("Interpol", "es", "es")]
    [InlineData("Interpol", "ar", "en")]
    [InlineData("", "es", "es")]
    // A word is the whole run of letters and digits: «zq3a5e» holds no Spanish «a».
    [InlineData("zq3a5e", "en", "en")]
    public void A_query_is_taken_in_the_language_its_text_shows(string query, string pageLanguage, string expected) =>
        Assert.Equal(expected, KnowledgeQueryPlanner.DetectLanguage(query, pageLanguage));

    [Theory]
    // Nothing in the words decides: the page's language (English for a page in another script) first, the other two as well.
    [InlineData("équipe commune", "en", "en", "fr es")]
    [InlineData("inspecteurs", "fr", "fr", "en es")]
    [InlineData("police", "ar", "en", "fr es")]
    // Decided by the words or the script: that language alone.
    [InlineData("traite des personnes", "en", "fr", "")]
    [InlineData("trafficking in persons", "es", "en", "")]
    [InlineData("الشرطة", "en", "ar", "")]
    [InlineData("警方", "fr", "zh", "")]
    // No letters, nothing to look for in other languages.
    [InlineData("2019", "es", "es", "")]
    [InlineData("", "en", "en", "")]
    public void Undecided_latin_words_are_also_looked_for_in_the_other_latin_languages(string query, string pageLanguage, string language, string also)
    {
        var detected = KnowledgeQueryPlanner.DetectLanguages(query, pageLanguage);
        Assert.Equal(language, detected.Language);
        Assert.Equal(also.Split(' ', StringSplitOptions.RemoveEmptyEntries), detected.AlsoWrittenIn);
    }

    [Fact]
    public void A_plan_looks_for_the_words_themselves_in_each_language_they_may_be_written_in()
    {
        var plan = KnowledgeQueryPlanner.Plan(null, "inspecteurs \"visites agricoles\"", "en", ["fr", "es"]);
        var french = Assert.Single(plan.Match.Clauses, c => c.Language == "fr");
        var group = Assert.Single(french.Groups);
        Assert.Equal(["inspect"], group.Terms);
        Assert.Equal(["visit", "agricol"], Assert.Single(group.PhraseList).Terms);
        Assert.Contains(plan.Match.Clauses, c => c.Language == "es");
        Assert.DoesNotContain(plan.Match.Clauses, c => c.Language is "ar" or "ru" or "zh");
        Assert.Contains("inspect", plan.HighlightTerms["fr"]);

        var strict = KnowledgeQueryPlanner.Plan(null, "inspecteurs", "en");
        Assert.Equal(["en"], strict.Match.Clauses.Select(c => c.Language));
    }
}
