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
}
