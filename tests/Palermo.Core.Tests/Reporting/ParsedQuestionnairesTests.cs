using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

public class ParsedQuestionnairesTests
{
    [Fact]
    public void A_definition_is_parsed_once_per_text_and_again_when_the_stored_text_differs()
    {
        var shipped = QuestionnaireLoader.Shipped().Single(q => q.Code == "som");
        var first = new Questionnaire { Id = 987_654, Code = "som", Version = 1, Protocol = Protocol.SOM, Definition = QuestionnaireJson.Write(shipped) };
        var same = new Questionnaire { Id = first.Id, Code = "som", Version = 1, Protocol = Protocol.SOM, Definition = new string(first.Definition.AsSpan()) };
        var other = new Questionnaire { Id = first.Id, Code = "som", Version = 2, Protocol = Protocol.SOM, Definition = QuestionnaireJson.Write(shipped with { Version = 2 }) };

        var parsed = ParsedQuestionnaires.Get(first);

        Assert.Same(parsed, ParsedQuestionnaires.Get(same));
        Assert.Equal(shipped.Questions.Select(q => q.Code), parsed.Questions.Select(q => q.Code));
        var reparsed = ParsedQuestionnaires.Get(other);
        Assert.NotSame(parsed, reparsed);
        Assert.Equal(2, reparsed.Version);
    }
}
