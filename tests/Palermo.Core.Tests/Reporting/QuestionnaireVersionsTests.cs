using System.Text.Json;
using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

public class QuestionnaireVersionsTests
{
    [Fact]
    public void Unchanged_questions_keep_their_answers_and_changed_ones_are_listed()
    {
        var v1 = QuestionnaireLoader.Shipped().Single(q => q.Code == "tip");
        var first = v1.Sections[0];
        var changedDays = v1.Find("tip.repatriation.days")! with { Max = 30 };
        var v2 = v1 with
        {
            Version = 2,
            Sections =
            [
                first with { Questions = first.Questions.Where(q => q.Code != "tip.criminalization.convictions").ToList() },
                .. v1.Sections.Skip(1).Select(s => s with { Questions = s.Questions.Select(q => q.Code == changedDays.Code ? changedDays : q).ToList() }),
            ],
        };
        var answers = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
            """{"tip.criminalization.offence": "yes", "tip.criminalization.convictions": 12, "tip.repatriation.days": 20}""")!;

        var carried = QuestionnaireVersions.CarryOver(v1, v2, answers);

        Assert.Equal(["tip.criminalization.offence"], carried.Kept.Keys);
        Assert.Equal(["tip.repatriation.days"], carried.NeedNewAnswer);
    }
}
