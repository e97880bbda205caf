using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

/// <summary>Completeness as CSV (UTF-8 with BOM, so spreadsheet programs read Arabic and Chinese names) and, with the analysis, as XLSX.</summary>
public static class CycleExport
{
    private static readonly string[] Header = ["country", "name", "region", "state", "deadline", "submitted_at", "on_time", "overdue", "last_reminder"];

    public static byte[] Csv(IEnumerable<RespondentRow> rows)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', Header)).Append("\r\n");
        foreach (var r in rows)
        {
            csv.Append(string.Join(',', Cells(r).Select(Quote))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Xlsx(IEnumerable<RespondentRow> rows, AnalysisReport analysis)
    {
        var completeness = rows.Select(r => Header.Zip(Cells(r)).ToDictionary(x => x.First, x => (object)x.Second, StringComparer.Ordinal)).ToList();
        var answers = analysis.Questions.SelectMany(q => q.Distribution.Count > 0
                ? q.Distribution.Select(d => Row(q, d.Value, d.Count, d.Share))
                : [Row(q, "", q.Answered, null)])
            .ToList();
        var headlines = analysis.Headlines.Select(h => new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["indicator"] = h.Indicator, ["respondents"] = h.Respondents, ["yes"] = h.Yes, ["partly"] = h.Partly, ["share"] = h.Share,
        }).Concat(analysis.TechnicalAssistance.Select(t => new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["indicator"] = "technical-assistance:" + t.Area, ["respondents"] = t.Respondents, ["yes"] = t.Yes, ["partly"] = 0, ["share"] = t.Share,
        })).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["completeness"] = completeness, ["headlines"] = headlines, ["answers"] = answers,
        });
        return stream.ToArray();
    }

    private static Dictionary<string, object> Row(QuestionAnalysis q, string value, int count, double? share) => new(StringComparer.Ordinal)
    {
        ["section"] = q.Section, ["question"] = q.Question, ["text"] = q.Text, ["answered"] = q.Answered,
        ["value"] = value, ["count"] = count, ["share"] = share is { } s ? s : "",
    };

    private static IEnumerable<string> Cells(RespondentRow r) =>
    [
        r.Iso3, r.Name, r.Region, Kebab.Of(r.State), r.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
        r.OnTime switch { true => "yes", false => "no", null => "" }, r.Overdue ? "yes" : "no",
        r.LastReminder?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
    ];

    /// <summary>Quotes every cell that needs it, and neutralizes leading formula characters (CSV injection).</summary>
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal)) cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
