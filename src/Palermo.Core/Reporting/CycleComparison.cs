namespace Palermo.Reporting;

/// <summary>An earlier cycle of the same protocol: its own questionnaire version and its answering States.</summary>
public sealed record EarlierCycleAnswers(int CycleId, string Name, DateOnly OpensOn, QuestionnaireDefinition Definition, IReadOnlyList<RespondentAnswers> Respondents);

/// <summary>An earlier cycle compared with, and how many States answered it (in the region, when filtered).</summary>
public sealed record EarlierCycle(int CycleId, string Cycle, DateOnly OpensOn, int Respondents);

/// <summary>One answer value in an earlier cycle; <see cref="ChangePoints"/> is the current share minus this one, in percentage points.</summary>
public sealed record EarlierValueCount(string Value, int Count, double Share, double ChangePoints);

public sealed record EarlierQuestion(int CycleId, string Cycle, int Answered, IReadOnlyList<EarlierValueCount> Distribution, NumberSummary? Numbers);

/// <summary>A headline indicator or technical-assistance need in an earlier cycle, with the change in percentage points since.</summary>
public sealed record EarlierIndicator(int CycleId, string Cycle, int Respondents, int Yes, int Partly, double Share, double ChangePoints);

/// <summary>
/// Puts the figures of earlier cycles beside the current ones. A question matches by its code (stable across
/// questionnaire versions) when its type is unchanged; the earlier answers are counted against the current options,
/// so a new option shows 0 before. Headlines match by indicator name, technical-assistance needs by section code.
/// </summary>
internal static class CycleComparison
{
    public static AnalysisReport Compare(AnalysisReport current, QuestionnaireDefinition definition, IReadOnlyList<EarlierCycleAnswers> earlier, string language)
    {
        var region = current.Region;
        var cycles = earlier.Select(e => (Cycle: e, Chosen: AnalysisEngine.InRegion(e.Respondents, region)))
            .Select(e => (e.Cycle, e.Chosen, Report: AnalysisEngine.Indicators(e.Cycle.Definition, e.Chosen, language),
                Questions: e.Cycle.Definition.Questions.DistinctBy(q => q.Code, StringComparer.Ordinal).ToDictionary(q => q.Code, StringComparer.Ordinal)))
            .ToList();
        var sections = definition.Sections.SelectMany(s => s.Questions.Select(q => (Section: s, Question: q)))
            .DistinctBy(x => x.Question.Code, StringComparer.Ordinal).ToDictionary(x => x.Question.Code, StringComparer.Ordinal);

        var questions = current.Questions.Select(q =>
        {
            var (section, question) = sections[q.Question];
            var before = new List<EarlierQuestion>();
            foreach (var c in cycles)
            {
                if (!c.Questions.TryGetValue(q.Question, out var then) || then.Type != question.Type) continue;
                var e = AnalysisEngine.AnalyseQuestion(section, question, c.Chosen, language, regional: region is not null);
                before.Add(new EarlierQuestion(c.Cycle.CycleId, c.Cycle.Name, e.Answered,
                    e.Distribution.Zip(q.Distribution, (was, now) => new EarlierValueCount(was.Value, was.Count, was.Share, Points(now.Share, was.Share))).ToList(),
                    e.Numbers));
            }
            return q with { Earlier = before };
        }).ToList();

        var headlines = current.Headlines.Select(h => h with
        {
            Earlier = cycles.SelectMany(c => c.Report.Headlines.Where(x => x.Indicator == h.Indicator)
                .Select(x => new EarlierIndicator(c.Cycle.CycleId, c.Cycle.Name, x.Respondents, x.Yes, x.Partly, x.Share, Points(h.Share, x.Share)))).ToList(),
        }).ToList();
        var assistance = current.TechnicalAssistance.Select(t => t with
        {
            Earlier = cycles.SelectMany(c => c.Report.Assistance.Where(x => x.Area == t.Area)
                .Select(x => new EarlierIndicator(c.Cycle.CycleId, c.Cycle.Name, x.Respondents, x.Yes, 0, x.Share, Points(t.Share, x.Share)))).ToList(),
        }).ToList();

        return current with
        {
            Questions = questions, Headlines = headlines, TechnicalAssistance = assistance,
            EarlierCycles = cycles.Select(c => new EarlierCycle(c.Cycle.CycleId, c.Cycle.Name, c.Cycle.OpensOn, c.Chosen.Count)).ToList(),
        };
    }

    /// <summary>Change between two shares in percentage points, to one decimal.</summary>
    public static double Points(double now, double then) => Math.Round((now - then) * 100, 1, MidpointRounding.AwayFromZero);
}
