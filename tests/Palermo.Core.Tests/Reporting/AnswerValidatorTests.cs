using System.Text.Json;
using Palermo.Reporting;

namespace Palermo.Tests.Reporting;

public class AnswerValidatorTests
{
    private static readonly QuestionnaireDefinition Definition = QuestionnaireLoader.Shipped().Single(q => q.Code == "tip");

    private static Dictionary<string, JsonElement> Answers(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;

    [Theory]
    [InlineData("""{"tip.criminalization.offence": 1}""", "tip.criminalization.offence", "wrong-type", "1")]
    [InlineData("""{"tip.criminalization.offence": "maybe"}""", "tip.criminalization.offence", "unknown-option", "maybe")]
    [InlineData("""{"tip.repatriation.days": 400}""", "tip.repatriation.days", "out-of-range", "400")]
    [InlineData("""{"tip.repatriation.days": -1}""", "tip.repatriation.days", "out-of-range", "-1")]
    [InlineData("""{"tip.repatriation.days": "12"}""", "tip.repatriation.days", "wrong-type", "12")]
    [InlineData("""{"tip.criminalization.forms": ["sexual-exploitation", "piracy"]}""", "tip.criminalization.forms", "unknown-option", "[\"sexual-exploitation\", \"piracy\"]")]
    [InlineData("""{"tip.institutional.data": "everywhere"}""", "tip.institutional.data", "unknown-option", "everywhere")]
    [InlineData("""{"tip.documents.last-review": "31/12/2020"}""", "tip.documents.last-review", "wrong-type", "31/12/2020")]
    [InlineData("""{"tip.criminalization.law": {"article": "5"}}""", "tip.criminalization.law", "wrong-type", "{\"article\": \"5\"}")]
    [InlineData("""{"tip.no-such-question": "yes"}""", "tip.no-such-question", "unknown-question", "yes")]
    public void A_bad_answer_is_named_by_question_and_value(string json, string question, string code, string value)
    {
        var problem = Assert.Single(AnswerValidator.Validate(Definition, Answers(json)));
        Assert.Equal(new AnswerProblem(question, code, value), problem);
    }

    [Fact]
    public void Good_answers_of_every_type_pass()
    {
        var answers = Answers("""
            {"tip.criminalization.offence": "partly", "tip.criminalization.forms": ["forced-labour"], "tip.repatriation.days": 30.5,
             "tip.institutional.data": "central", "tip.documents.last-review": "2024-02-29",
             "tip.criminalization.law": {"title": "Law 64/2010", "article": "2", "link": "https://example.org"},
             "tip.institutional.plan-document": {"name": "plan.pdf"}, "tip.criminalization.ta-details": "Training", "tip.border.carriers": null}
            """);
        Assert.Empty(AnswerValidator.Validate(Definition, answers));
    }

    [Fact]
    public void Required_questions_hidden_by_skip_logic_are_not_required()
    {
        var generated = Demo.DemoReporting.Generate(Definition, new Random(3));
        Assert.Empty(AnswerValidator.Validate(Definition, generated));
        Assert.Empty(AnswerValidator.MissingRequired(Definition, generated));

        var missing = AnswerValidator.MissingRequired(Definition, new Dictionary<string, JsonElement>());
        Assert.Contains(missing, p => p.Question == "tip.criminalization.offence" && p.Code == "required");
        Assert.DoesNotContain(missing, p => p.Question == "tip.criminalization.ta-details");
    }

    [Fact]
    public void Skip_logic_shows_a_question_only_for_the_given_value()
    {
        var forms = Definition.Find("tip.criminalization.forms")!;
        Assert.False(SkipLogic.IsShown(forms, Answers("""{"tip.criminalization.offence": "no"}""")));
        Assert.True(SkipLogic.IsShown(forms, Answers("""{"tip.criminalization.offence": "yes"}""")));
        Assert.False(SkipLogic.IsShown(forms, Answers("{}")));
    }
}
