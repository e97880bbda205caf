using System.Text.Json;
using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

public class AnalysisEngineTests
{
    private static readonly QuestionnaireDefinition Definition = QuestionnaireLoader.Shipped().Single(q => q.Code == "tip");

    private static RespondentAnswers State(string iso3, string region, string json) =>
        new(iso3, region, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!);

    [Fact]
    public void Shares_are_of_the_States_that_answered_the_question_and_filter_by_region()
    {
        RespondentAnswers[] states =
        [
            State("EGY", "002", """{"tip.criminalization.offence": "yes", "tip.criminalization.forms": ["sexual-exploitation", "forced-labour"], "tip.criminalization.ta": "yes"}"""),
            State("NGA", "002", """{"tip.criminalization.offence": "yes", "tip.criminalization.forms": ["forced-labour"], "tip.criminalization.ta": "no"}"""),
            State("ITA", "150", """{"tip.criminalization.offence": "partly"}"""),
            State("MEX", "019", """{"tip.repatriation.days": 10}"""),
        ];

        var all = AnalysisEngine.Analyse(Definition, states, "fr");
        var offence = all.Questions.Single(q => q.Question == "tip.criminalization.offence");
        Assert.Equal(3, offence.Answered);
        Assert.Equal(new ValueCount("yes", 2, 0.6667), offence.Distribution.Single(d => d.Value == "yes"));
        Assert.StartsWith("Votre législation", offence.Text, StringComparison.Ordinal);
        var criminalization = all.Headlines.Single(h => h.Indicator == "criminalization");
        Assert.Equal((3, 2, 1, 0.6667), (criminalization.Respondents, criminalization.Yes, criminalization.Partly, criminalization.Share));
        var ta = all.TechnicalAssistance.Single(t => t.Area == "criminalization");
        Assert.Equal((2, 1, 0.5), (ta.Respondents, ta.Yes, ta.Share));
        Assert.Equal(new NumberSummary(10, 10, 10, 10), all.Questions.Single(q => q.Question == "tip.repatriation.days").Numbers);

        var africa = AnalysisEngine.Analyse(Definition, states, "en", "002");
        Assert.Equal(2, africa.Respondents);
        var forms = africa.Questions.Single(q => q.Question == "tip.criminalization.forms");
        Assert.Equal(1.0, forms.Distribution.Single(d => d.Value == "forced-labour").Share);
        Assert.All(africa.Questions.SelectMany(q => q.Distribution), d => Assert.InRange(d.Share, 0, 1));
    }

    [Fact]
    public void A_value_repeated_in_a_multiple_choice_counts_once_and_answers_of_the_wrong_kind_count_for_no_value()
    {
        RespondentAnswers[] states =
        [
            State("EGY", "002", """{"tip.criminalization.forms": ["forced-labour", "forced-labour", 3, "unknown"], "tip.criminalization.offence": 1}"""),
            State("NGA", "002", """{"tip.criminalization.forms": "forced-labour", "tip.criminalization.offence": ["yes"]}"""),
        ];

        var report = AnalysisEngine.Analyse(Definition, states, "en");

        var forms = report.Questions.Single(q => q.Question == "tip.criminalization.forms");
        Assert.Equal(new ValueCount("forced-labour", 2, 1.0), forms.Distribution.Single(d => d.Value == "forced-labour"));
        Assert.Equal(2, forms.Distribution.Sum(d => d.Count));
        var offence = report.Questions.Single(q => q.Question == "tip.criminalization.offence");
        Assert.Equal((2, 1), (offence.Answered, offence.Distribution.Sum(d => d.Count)));
        Assert.Equal(0, report.Headlines.Single(h => h.Indicator == "criminalization").Respondents);
    }

    [Fact]
    public void A_region_with_fewer_than_five_answering_States_shows_no_minimum_maximum_or_single_country_figure()
    {
        var americas = new[] { "MEX", "BRA", "ARG", "CHL", "PER" }
            .Select((iso3, i) => State(iso3, "019", $$"""{"tip.repatriation.days": {{(i + 1) * 10}}}""")).ToArray();
        var four = americas[..4];
        var one = americas[..1];

        NumberSummary? Days(AnalysisReport report) => report.Questions.Single(q => q.Question == "tip.repatriation.days").Numbers;
        Assert.Null(Days(AnalysisEngine.Analyse(Definition, one, "en", "019")));
        Assert.Null(Days(AnalysisEngine.Analyse(Definition, four, "en", "019")));
        Assert.Equal(new NumberSummary(10, 50, 30, 150), Days(AnalysisEngine.Analyse(Definition, americas, "en", "019")));
        // The whole world is not a small group: one answering State there still shows its figure, as before.
        Assert.Equal(new NumberSummary(10, 10, 10, 10), Days(AnalysisEngine.Analyse(Definition, one, "en")));

        // An earlier cycle compared with in the same region follows the same rule.
        var compared = AnalysisEngine.Analyse(Definition, americas, "en", "019",
            [new EarlierCycleAnswers(1, "2024", new DateOnly(2024, 1, 1), Definition, four)]);
        var earlier = Assert.Single(compared.Questions.Single(q => q.Question == "tip.repatriation.days").Earlier);
        Assert.Equal(4, earlier.Answered);
        Assert.Null(earlier.Numbers);
    }
}
