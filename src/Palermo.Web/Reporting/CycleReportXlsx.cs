using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

/// <summary>
/// The analytical report as XLSX: the same content as the web page, one sheet per part. Sheet names are stable codes
/// (summary, regions, headlines, assistance, questions) so programs find them; headers and texts are in the report's
/// language. Shares are numbers between 0 and 1, changes are percentage points, so spreadsheets can compute with them.
/// </summary>
public static class CycleReportXlsx
{
    public static readonly IReadOnlyList<string> Sheets = ["summary", "regions", "headlines", "assistance", "questions"];

    public static byte[] Build(CycleReport report, IStringLocalizer text)
    {
        string H(string key) => text[key];
        var c = report.Completeness;
        var a = report.Analysis;
        var earlier = a.EarlierCycles;

        var summary = new List<Dictionary<string, object>>();
        void Fact(string label, object value) => summary.Add(new(StringComparer.Ordinal) { [H("Reporting.Indicator")] = label, [H("Reporting.Value")] = value });
        Fact(H("Reporting.Report"), report.Detail.Cycle.Name);
        Fact(H("Field.Protocol"), report.Detail.Cycle.Protocol.ToString());
        Fact(H("Reporting.OpensOn"), report.Detail.Cycle.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact(H("Reporting.Deadline"), report.Detail.Cycle.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact(H("Reporting.RegionFilter"), report.Region is null ? H("Reporting.AllRegions") : report.RegionName(report.Region));
        Fact(H("Reporting.Expected"), c.Expected);
        Fact(H("Reporting.SubmissionState.NotStarted"), c.NotStarted);
        Fact(H("Reporting.SubmissionState.InProgress"), c.InProgress);
        Fact(H("Reporting.SubmissionState.Submitted"), c.Submitted);
        Fact(H("Reporting.SubmissionState.Returned"), c.Returned);
        Fact(H("Reporting.SubmissionState.Accepted"), c.Accepted);
        Fact(H("Reporting.OnTime"), c.OnTime);
        Fact(H("Reporting.Late"), c.Late);
        Fact(H("Reporting.Rate"), c.Rate);
        Fact(H("Reporting.Respondents"), a.Respondents);
        foreach (var e in earlier) Fact($"{H("Reporting.EarlierCycle")}: {e.Cycle}", e.Respondents);

        var regions = c.Regions.Select(r => new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [H("Field.Region")] = report.RegionName(r.RegionM49), [H("Reporting.Expected")] = r.Expected,
            [H("Reporting.Answered")] = r.Answered, [H("Reporting.Rate")] = r.Rate,
        }).ToList();

        var headlines = a.Headlines.Select(h => Indicator(new(StringComparer.Ordinal)
        {
            [H("Reporting.Indicator")] = AnalysisFormat.Indicator(h.Indicator, text), [H("Reporting.Respondents")] = h.Respondents,
            [H("Reporting.Answer.yes")] = h.Yes, [H("Reporting.Answer.partly")] = h.Partly, [H("Reporting.Share")] = h.Share,
        }, earlier, h.Earlier, text)).ToList();

        var assistance = a.TechnicalAssistance.Select(t => Indicator(new(StringComparer.Ordinal)
        {
            [H("Reporting.Area")] = t.Title, [H("Reporting.Respondents")] = t.Respondents,
            [H("Reporting.NeedingAssistance")] = t.Yes, [H("Reporting.ShareOfAnswers")] = t.Share,
        }, earlier, t.Earlier, text)).ToList();

        var definitions = report.Detail.Definition.Questions.DistinctBy(q => q.Code, StringComparer.Ordinal).ToDictionary(q => q.Code, StringComparer.Ordinal);
        var sections = report.Detail.Definition.Sections.ToDictionary(s => s.Code, s => s.Title.In(report.Language), StringComparer.Ordinal);
        var questions = new List<Dictionary<string, object>>();
        foreach (var q in a.Questions)
        {
            var definition = definitions[q.Question];
            Dictionary<string, object> Row(string code, string label, object count, object share) => new(StringComparer.Ordinal)
            {
                [H("Reporting.Section")] = sections.GetValueOrDefault(q.Section, q.Section), [H("Reporting.QuestionCode")] = q.Question,
                [H("Reporting.Question")] = q.Text, [H("Reporting.Answered")] = q.Answered, [H("Reporting.AnswerCode")] = code,
                [H("Reporting.AnswerValue")] = label, [H("Reporting.Count")] = count, [H("Reporting.ShareOfAnswers")] = share,
            };
            if (q.Distribution.Count == 0)
            {
                var row = Row("", q.Numbers is { } n ? string.Format(CultureInfo.CurrentCulture, text["Reporting.NumberSummary"], n.Min, n.Max, n.Mean, n.Sum) : "", q.Answered, "");
                foreach (var e in earlier)
                {
                    var then = q.Earlier.FirstOrDefault(x => x.CycleId == e.CycleId);
                    row[Column(e, H("Reporting.Count"))] = then is null ? H("Reporting.NotAskedThen") : then.Answered;
                    row[Column(e, H("Reporting.ShareOfAnswers"))] = "";
                    row[Column(e, H("Reporting.ChangePoints"))] = "";
                }
                questions.Add(row);
                continue;
            }
            for (var i = 0; i < q.Distribution.Count; i++)
            {
                var d = q.Distribution[i];
                var row = Row(d.Value, AnalysisFormat.Label(definition, d.Value, report.Language, text), d.Count, d.Share);
                foreach (var e in earlier)
                {
                    var then = q.Earlier.FirstOrDefault(x => x.CycleId == e.CycleId)?.Distribution[i];
                    row[Column(e, H("Reporting.Count"))] = then is null ? H("Reporting.NotAskedThen") : then.Count;
                    row[Column(e, H("Reporting.ShareOfAnswers"))] = then is null ? "" : then.Share;
                    row[Column(e, H("Reporting.ChangePoints"))] = then is null ? "" : then.ChangePoints;
                }
                questions.Add(row);
            }
        }

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Sheets[0]] = summary, [Sheets[1]] = regions, [Sheets[2]] = headlines, [Sheets[3]] = assistance, [Sheets[4]] = questions,
        });
        return stream.ToArray();
    }

    private static Dictionary<string, object> Indicator(Dictionary<string, object> row, IReadOnlyList<EarlierCycle> cycles, IReadOnlyList<EarlierIndicator> earlier, IStringLocalizer text)
    {
        foreach (var e in cycles)
        {
            var then = earlier.FirstOrDefault(x => x.CycleId == e.CycleId);
            row[Column(e, text["Reporting.Answer.yes"])] = then is null ? text["Reporting.NotAskedThen"].Value : then.Yes;
            row[Column(e, text["Reporting.Share"])] = then is null ? "" : then.Share;
            row[Column(e, text["Reporting.ChangePoints"])] = then is null ? "" : then.ChangePoints;
        }
        return row;
    }

    /// <summary>A column of an earlier cycle; the cycle id keeps two cycles of the same year apart.</summary>
    private static string Column(EarlierCycle cycle, string header) => string.Create(CultureInfo.InvariantCulture, $"{cycle.Cycle} (#{cycle.CycleId}) · {header}");
}
