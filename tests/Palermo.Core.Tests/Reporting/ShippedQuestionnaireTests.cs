using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

public class ShippedQuestionnaireTests
{
    public static TheoryData<string> Codes => new("tip", "som");

    private static QuestionnaireDefinition Shipped(string code) => QuestionnaireLoader.Shipped().Single(q => q.Code == code);

    [Theory, MemberData(nameof(Codes))]
    public void Every_text_exists_in_all_six_languages(string code)
    {
        var definition = Shipped(code);
        Assert.Empty(LanguageCompleteness.Missing(definition));
        Assert.Empty(LanguageCompleteness.IncompleteLanguages(definition));
        // Translations are translations: no text is left in English in another language.
        foreach (var question in definition.Questions)
        foreach (var language in PalermoLanguages.Codes.Where(l => l != "en"))
            Assert.NotEqual(question.Text["en"], question.Text[language]);
    }

    [Theory, MemberData(nameof(Codes))]
    public void The_structure_is_sound_and_every_section_ends_with_the_technical_assistance_question(string code)
    {
        var definition = Shipped(code);
        Assert.Empty(QuestionnaireStructure.Problems(definition));
        Assert.Equal(["criminalization", code == "tip" ? "assistance" : "protection", code == "tip" ? "repatriation" : "return",
            "prevention", "information", "border", "documents", "institutional"], definition.Sections.Select(s => s.Code));
        foreach (var section in definition.Sections)
        {
            var ta = section.Questions[^2];
            Assert.Equal((QuestionType.YesNo, AnalysisEngine.TechnicalAssistance), (ta.Type, ta.Indicator));
            Assert.Equal(ta.Code, section.Questions[^1].ShowWhen?.Question);
        }
    }

    [Theory, MemberData(nameof(Codes))]
    public void Headline_indicators_have_their_questions(string code)
    {
        var definition = Shipped(code);
        var indicators = definition.Questions.Select(q => q.Indicator).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["criminalization", "coordinating-body", "action-plan", "document-security", AnalysisEngine.TechnicalAssistance],
            StringComparer.Ordinal), indicators);
        Assert.Contains(definition.Protocol == Protocol.TIP ? "repatriation" : "return", indicators);
        if (definition.Protocol == Protocol.TIP) Assert.Contains("demand", indicators);
    }

    [Fact]
    public void A_missing_translation_is_reported_by_language_and_place()
    {
        var definition = Shipped("som");
        var first = definition.Sections[0];
        var broken = definition with
        {
            Sections = [first with { Questions = [first.Questions[0] with { Text = new Dictionary<string, string>(first.Questions[0].Text) { ["zh"] = " " } }] }],
        };
        Assert.Equal([new MissingText("zh", "som.criminalization.offence/text")], LanguageCompleteness.Missing(broken));
        Assert.Equal(["zh"], LanguageCompleteness.IncompleteLanguages(broken));
    }
}
