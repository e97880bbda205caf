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
    /// Below this many States answering a number question in a region, no minimum, maximum, mean or sum is shown: with
    /// so few, each is one country's own figure or lets a reader who knows the others' work it out.
    /// </summary>
    public const int MinimumRegionalRespondents = 5;

    private static readonly byte[] YesUtf8 = System.Text.Encoding.UTF8.GetBytes(YesNoAnswers.Yes);
    private static readonly byte[] PartlyUtf8 = System.Text.Encoding.UTF8.GetBytes(YesNoAnswers.Partly);

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
            .SelectMany(s => s.Questions.Select(q => AnalyseQuestion(s, q, chosen, language, regional: region is not null)))
            .ToList();

        var (headlines, assistance) = Indicators(definition, chosen, language);
        return new AnalysisReport(chosen.Count, region, headlines, assistance, questions);
    }

    /// <summary>Headline indicators and technical-assistance needs only (what the comparison needs of an earlier cycle).</summary>
    internal static (List<HeadlineIndicator> Headlines, List<AssistanceNeed> Assistance) Indicators(QuestionnaireDefinition definition,
        IReadOnlyList<RespondentAnswers> chosen, string language)
    {
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
        return (headlines, assistance);
    }

    internal static IReadOnlyList<RespondentAnswers> InRegion(IReadOnlyList<RespondentAnswers> respondents, string? region) =>
        region is null ? respondents : respondents.Where(r => string.Equals(r.RegionM49, region, StringComparison.Ordinal)).ToList();

    private static HeadlineIndicator Headline(string indicator, QuestionDefinition question, IReadOnlyList<RespondentAnswers> respondents)
    {
        int answered = 0, yes = 0, partly = 0;
        foreach (var r in respondents)
        {
            if (!r.Answers.TryGetValue(question.Code, out var v) || v.ValueKind != JsonValueKind.String) continue;
            answered++;
            if (v.ValueEquals(YesUtf8)) yes++;
            else if (v.ValueEquals(PartlyUtf8)) partly++;
        }
        return new HeadlineIndicator(indicator, answered, yes, partly, CompletenessEngine.Rate(yes, answered));
    }

    internal static QuestionAnalysis AnalyseQuestion(SectionDefinition section, QuestionDefinition question, IReadOnlyList<RespondentAnswers> respondents,
        string language, bool regional)
    {
        var answers = respondents
            .Select(r => r.Answers.TryGetValue(question.Code, out var v) ? v : default)
            .Where(v => v.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            .ToList();
        var answered = answers.Count;
        IReadOnlyList<ValueCount> distribution = question.Type switch
        {
            QuestionType.YesNo => Count(YesNoAnswers.All, answers, answered),
            QuestionType.Single or QuestionType.Multiple => Count(question.Options.Select(o => o.Code).ToList(), answers, answered),
            _ => [],
        };
        NumberSummary? numbers = null;
        if (question.Type == QuestionType.Number)
        {
            var list = answers.Where(a => a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out _)).Select(a => a.GetDecimal()).ToList();
            var enough = regional ? list.Count >= MinimumRegionalRespondents : list.Count > 0;
            if (enough) numbers = new NumberSummary(list.Min(), list.Max(), Math.Round(list.Average(), 2), list.Sum());
        }
        return new QuestionAnalysis(question.Code, section.Code, question.Type, question.Articles, question.Text.In(language), answered, distribution, numbers);
    }

    /// <summary>
    /// How many answers name each value: a string answer counts for its value, an array (multiple choice) once for each
    /// distinct value in it; anything else counts for none. Compares the JSON text in place (no string per answer).
    /// </summary>
    private static List<ValueCount> Count(IReadOnlyList<string> values, List<JsonElement> answers, int answered)
    {
        // UTF-8 once per question: comparing with a string would transcode it for every answer.
        var utf8 = values.Select(v => System.Text.Encoding.UTF8.GetBytes(v)).ToArray();
        var counts = new int[values.Count];
        var seen = new bool[values.Count];
        foreach (var answer in answers)
        {
            if (answer.ValueKind == JsonValueKind.String)
            {
                var i = IndexOf(utf8, answer);
                if (i >= 0) counts[i]++;
            }
            else if (answer.ValueKind == JsonValueKind.Array)
            {
                Array.Clear(seen);
                foreach (var item in answer.EnumerateArray())
                {
                    var i = item.ValueKind == JsonValueKind.String ? IndexOf(utf8, item) : -1;
                    if (i >= 0 && !seen[i]) (seen[i], counts[i]) = (true, counts[i] + 1);
                }
            }
        }
        return values.Select((v, i) => new ValueCount(v, counts[i], CompletenessEngine.Rate(counts[i], answered))).ToList();
    }

    private static int IndexOf(byte[][] values, JsonElement value)
    {
        for (var i = 0; i < values.Length; i++)
            if (value.ValueEquals(values[i])) return i;
        return -1;
    }
}
