using System.Text.Json;

namespace Palermo.Reporting;

/// <summary>One answering State's answers (its latest submitted version).</summary>
public sealed record RespondentAnswers(string Iso3, string? RegionM49, IReadOnlyDictionary<string, JsonElement> Answers);

public sealed record ValueCount(string Value, int Count, double Share);

public sealed record NumberSummary(decimal Min, decimal Max, decimal Mean, decimal Sum);

/// <summary>
/// The distribution of one question's answers among the States that answered it: counts and shares (share of those
/// States; for a multiple choice each option's share is of the States, so they may add up to more than 1).
/// </summary>
public sealed record QuestionAnalysis(string Question, string Section, QuestionType Type, IReadOnlyList<int> Articles, string Text,
    int Answered, IReadOnlyList<ValueCount> Distribution, NumberSummary? Numbers)
{
    /// <summary>The same question in earlier cycles (most recent first); absent from a cycle whose questionnaire did not ask it.</summary>
    public IReadOnlyList<EarlierQuestion> Earlier { get; init; } = [];
}

public sealed record HeadlineIndicator(string Indicator, int Respondents, int Yes, int Partly, double Share)
{
    public IReadOnlyList<EarlierIndicator> Earlier { get; init; } = [];
}

public sealed record AssistanceNeed(string Area, string Title, int Respondents, int Yes, double Share)
{
    public IReadOnlyList<EarlierIndicator> Earlier { get; init; } = [];
}

public sealed record AnalysisReport(int Respondents, string? Region, IReadOnlyList<HeadlineIndicator> Headlines,
    IReadOnlyList<AssistanceNeed> TechnicalAssistance, IReadOnlyList<QuestionAnalysis> Questions)
{
    /// <summary>The earlier cycles of the protocol compared with, most recent first.</summary>
    public IReadOnlyList<EarlierCycle> EarlierCycles { get; init; } = [];
}

/// <summary>What the answers show (paragraph (a)): pure, computed from the answering States' submitted answers.</summary>
public static class AnalysisEngine
{
    public const string TechnicalAssistance = "technical-assistance";

    /// <summary>
    /// Analyses one cycle and, when given, compares it with earlier cycles of the same protocol (each with its own
    /// questionnaire version and the same region filter): questions match by their stable code when the type is the
    /// same, headline indicators by indicator name, technical-assistance needs by section code.
    /// </summary>
    public static AnalysisReport Analyse(QuestionnaireDefinition definition, IReadOnlyList<RespondentAnswers> respondents, string language,
        string? region, IReadOnlyList<EarlierCycleAnswers>? earlier)
    {
        var report = Analyse(definition, respondents, language, region);
        return earlier is { Count: > 0 } ? CycleComparison.Compare(report, definition, earlier, language) : report;
    }

    public static AnalysisReport Analyse(QuestionnaireDefinition definition, IReadOnlyList<RespondentAnswers> respondents, string language, string? region = null)
    {
        var chosen = InRegion(respondents, region);
        var questions = definition.Sections
            .SelectMany(s => s.Questions.Select(q => AnalyseQuestion(s, q, chosen, language)))
            .ToList();

        var headlines = definition.Questions
            .Where(q => q.Indicator is not null && q.Indicator != TechnicalAssistance && q.Type == QuestionType.YesNo)
            .GroupBy(q => q.Indicator!, StringComparer.Ordinal)
            .Select(g => Headline(g.Key, g.First(), chosen))
            .ToList();
        var assistance = definition.Sections
            .Select(s => (Section: s, Question: s.Questions.FirstOrDefault(q => q.Indicator == TechnicalAssistance)))
            .Where(x => x.Question is not null)
            .Select(x =>
            {
                var h = Headline(x.Section.Code, x.Question!, chosen);
                return new AssistanceNeed(x.Section.Code, x.Section.Title.In(language), h.Respondents, h.Yes, h.Share);
            })
            .ToList();
        return new AnalysisReport(chosen.Count, region, headlines, assistance, questions);
    }

    internal static IReadOnlyList<RespondentAnswers> InRegion(IReadOnlyList<RespondentAnswers> respondents, string? region) =>
        region is null ? respondents : respondents.Where(r => string.Equals(r.RegionM49, region, StringComparison.Ordinal)).ToList();

    private static HeadlineIndicator Headline(string indicator, QuestionDefinition question, IReadOnlyList<RespondentAnswers> respondents)
    {
        var values = respondents.Select(r => r.Answers.TryGetValue(question.Code, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .Where(v => v is not null).ToList();
        var yes = values.Count(v => v == YesNoAnswers.Yes);
        var partly = values.Count(v => v == YesNoAnswers.Partly);
        return new HeadlineIndicator(indicator, values.Count, yes, partly, CompletenessEngine.Rate(yes, values.Count));
    }

    internal static QuestionAnalysis AnalyseQuestion(SectionDefinition section, QuestionDefinition question, IReadOnlyList<RespondentAnswers> respondents, string language)
    {
        var answers = respondents
            .Select(r => r.Answers.TryGetValue(question.Code, out var v) ? v : default)
            .Where(v => v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            .ToList();
        var answered = answers.Count;
        IReadOnlyList<ValueCount> distribution = question.Type switch
        {
            QuestionType.YesNo => Count(YesNoAnswers.All, answers.Select(a => Strings(a)), answered),
            QuestionType.Single or QuestionType.Multiple => Count(question.Options.Select(o => o.Code).ToList(), answers.Select(a => Strings(a)), answered),
            _ => [],
        };
        NumberSummary? numbers = null;
        if (question.Type == QuestionType.Number)
        {
            var list = answers.Where(a => a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out _)).Select(a => a.GetDecimal()).ToList();
            if (list.Count > 0) numbers = new NumberSummary(list.Min(), list.Max(), Math.Round(list.Average(), 2), list.Sum());
        }
        return new QuestionAnalysis(question.Code, section.Code, question.Type, question.Articles, question.Text.In(language), answered, distribution, numbers);
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Distinct(StringComparer.Ordinal),
        _ => [],
    };

    private static List<ValueCount> Count(IReadOnlyList<string> values, IEnumerable<IEnumerable<string>> chosen, int answered)
    {
        var counts = values.ToDictionary(v => v, _ => 0, StringComparer.Ordinal);
        foreach (var set in chosen)
        foreach (var value in set)
            if (counts.ContainsKey(value)) counts[value]++;
        return values.Select(v => new ValueCount(v, counts[v], CompletenessEngine.Rate(counts[v], answered))).ToList();
    }
}
