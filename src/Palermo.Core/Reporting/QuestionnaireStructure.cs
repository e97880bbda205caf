namespace Palermo.Reporting;

/// <summary>Structural faults of a questionnaire definition (duplicate codes, choices without options, skip logic on unknown questions).</summary>
public static class QuestionnaireStructure
{
    public static IReadOnlyList<string> Problems(QuestionnaireDefinition definition)
    {
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in definition.Questions)
        {
            if (string.IsNullOrWhiteSpace(question.Code)) problems.Add("a question has no code");
            else if (!codes.Add(question.Code)) problems.Add($"duplicate question code {question.Code}");
            if (question.Type is QuestionType.Single or QuestionType.Multiple && question.Options.Count == 0)
                problems.Add($"{question.Code}: a choice question needs options");
            if (question.Min is { } min && question.Max is { } max && min > max)
                problems.Add($"{question.Code}: min is above max");
        }
        foreach (var question in definition.Questions.Where(q => q.ShowWhen is not null))
        {
            if (definition.Find(question.ShowWhen!.Question) is null)
                problems.Add($"{question.Code}: shown when unknown question {question.ShowWhen.Question}");
        }
        return problems;
    }
}
