using System.Text.Json;
using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

public class CycleComparisonTests
{
    private static readonly QuestionnaireDefinition Version1 = QuestionnaireLoader.Shipped().Single(q => q.Code == "tip");

    /// <summary>Version 2: a new option on "forms", and "repatriation.days" turned from a number into text (no longer comparable).</summary>
    private static readonly QuestionnaireDefinition Version2 = Version1 with
    {
        Version = 2,
        Sections = Version1.Sections.Select(s => s with
        {
            Questions = s.Questions.Select(q => q.Code switch
            {
                "tip.criminalization.forms" => q with { Options = [.. q.Options, new OptionDefinition { Code = "forced-marriage", Label = q.Options[0].Label }] },
                "tip.repatriation.days" => q with { Type = QuestionType.Text },
                _ => q,
            }).ToList(),
        }).ToList(),
    };

    private static RespondentAnswers State(string iso3, string region, string json) =>
        new(iso3, region, JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!);

    private static readonly RespondentAnswers[] Before =
    [
        State("EGY", "002", """{"tip.criminalization.offence": "no", "tip.criminalization.forms": ["forced-labour"], "tip.criminalization.ta": "yes", "tip.repatriation.days": 30}"""),
        State("NGA", "002", """{"tip.criminalization.offence": "yes", "tip.criminalization.forms": ["forced-labour", "slavery"], "tip.criminalization.ta": "yes"}"""),
        State("ITA", "150", """{"tip.criminalization.offence": "yes", "tip.criminalization.ta": "no"}"""),
    ];

    private static readonly RespondentAnswers[] Now =
    [
        State("EGY", "002", """{"tip.criminalization.offence": "yes", "tip.criminalization.forms": ["forced-labour", "forced-marriage"], "tip.criminalization.ta": "no", "tip.repatriation.days": "a month"}"""),
        State("NGA", "002", """{"tip.criminalization.offence": "yes", "tip.criminalization.forms": ["slavery"], "tip.criminalization.ta": "yes"}"""),
        State("ITA", "150", """{"tip.criminalization.offence": "yes", "tip.criminalization.ta": "no"}"""),
        State("MEX", "019", """{"tip.criminalization.offence": "partly"}"""),
    ];

    private static readonly EarlierCycleAnswers[] Earlier = [new(7, "TIP 2024", new DateOnly(2024, 3, 1), Version1, Before)];

    [Fact]
    public void Questions_match_by_code_across_versions_with_counts_shares_and_the_change_in_points()
    {
        var report = AnalysisEngine.Analyse(Version2, Now, "en", null, Earlier);

        Assert.Equal(new EarlierCycle(7, "TIP 2024", new DateOnly(2024, 3, 1), 3), Assert.Single(report.EarlierCycles));
        var offence = report.Questions.Single(q => q.Question == "tip.criminalization.offence");
        var then = Assert.Single(offence.Earlier);
        Assert.Equal((7, "TIP 2024", 3), (then.CycleId, then.Cycle, then.Answered));
        // Now 3 of 4 say yes (75 %), then 2 of 3 (66.67 %): +8.3 points.
        Assert.Equal(new EarlierValueCount("yes", 2, 0.6667, 8.3), then.Distribution.Single(d => d.Value == "yes"));
        Assert.Equal(new EarlierValueCount("no", 1, 0.3333, -33.3), then.Distribution.Single(d => d.Value == "no"));
        Assert.Equal(offence.Distribution.Select(d => d.Value), then.Distribution.Select(d => d.Value));

        // The new option is counted as 0 before; the question whose type changed is not compared.
        var forms = report.Questions.Single(q => q.Question == "tip.criminalization.forms").Earlier.Single();
        Assert.Equal(new EarlierValueCount("forced-marriage", 0, 0, 50.0), forms.Distribution.Single(d => d.Value == "forced-marriage"));
        Assert.Equal(new EarlierValueCount("forced-labour", 2, 1.0, -50.0), forms.Distribution.Single(d => d.Value == "forced-labour"));
        Assert.Empty(report.Questions.Single(q => q.Question == "tip.repatriation.days").Earlier);

        var criminalization = report.Headlines.Single(h => h.Indicator == "criminalization");
        Assert.Equal(new EarlierIndicator(7, "TIP 2024", 3, 2, 0, 0.6667, 8.3), Assert.Single(criminalization.Earlier));
        var ta = report.TechnicalAssistance.Single(t => t.Area == "criminalization");
        // Now 1 of 3 needs assistance (33.33 %), then 2 of 3.
        Assert.Equal(new EarlierIndicator(7, "TIP 2024", 3, 2, 0, 0.6667, -33.3), Assert.Single(ta.Earlier));
    }

    [Fact]
    public void The_region_filter_applies_to_the_earlier_cycles_too()
    {
        var africa = AnalysisEngine.Analyse(Version2, Now, "en", "002", Earlier);

        Assert.Equal(2, africa.EarlierCycles.Single().Respondents);
        var then = africa.Questions.Single(q => q.Question == "tip.criminalization.offence").Earlier.Single();
        Assert.Equal(2, then.Answered);
        // Africa now 2 of 2 yes, then 1 of 2.
        Assert.Equal(new EarlierValueCount("yes", 1, 0.5, 50.0), then.Distribution.Single(d => d.Value == "yes"));
    }

    [Fact]
    public void Without_earlier_cycles_nothing_is_compared_and_the_figures_are_unchanged()
    {
        var plain = AnalysisEngine.Analyse(Version2, Now, "en");
        var compared = AnalysisEngine.Analyse(Version2, Now, "en", null, []);

        Assert.Empty(compared.EarlierCycles);
        Assert.All(compared.Questions, q => Assert.Empty(q.Earlier));
        Assert.Equal(plain.Questions.Select(q => q.Distribution.Sum(d => d.Count)), compared.Questions.Select(q => q.Distribution.Sum(d => d.Count)));
        var withEarlier = AnalysisEngine.Analyse(Version2, Now, "en", null, Earlier);
        Assert.Equal(plain.Headlines.Select(h => h.Share), withEarlier.Headlines.Select(h => h.Share));
    }
}
