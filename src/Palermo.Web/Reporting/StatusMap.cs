using System.Globalization;
using System.Net;
using System.Text;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

/// <summary>
/// A tile map of a cycle's expected States, one column per M49 region, coloured by status and readable without colour:
/// each tile carries the ISO code and a symbol (✓ answered, … in progress, ↺ returned, ○ not started), and a title.
/// Who is not the secretariat sees only answered or not.
/// </summary>
public static class StatusMap
{
    private const int Tile = 46, TileHeight = 30, PerRow = 6, Gap = 24, Top = 40;

    public static string Render(CompletenessReport report, IReadOnlyDictionary<string, string> regionNames, Func<string, string> label, bool detailed, string language)
    {
        var columns = report.Countries.GroupBy(c => c.RegionM49 ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var width = Math.Max(1, columns.Count) * (PerRow * Tile + Gap);
        var rows = columns.Count == 0 ? 1 : columns.Max(g => (g.Count() + PerRow - 1) / PerRow);
        var height = Top + rows * TileHeight + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" font-family=\"sans-serif\" lang=\"{language}\">");
        svg.Append("<title>").Append(Escape(label("Reporting.MapAlt"))).Append("</title>");
        var x0 = 0;
        foreach (var column in columns)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0}\" y=\"24\" font-size=\"14\" font-weight=\"bold\">{Escape(regionNames.GetValueOrDefault(column.Key, column.Key))}</text>");
            var i = 0;
            foreach (var country in column.OrderBy(c => c.Iso3, StringComparer.Ordinal))
            {
                var x = x0 + i % PerRow * Tile;
                var y = Top + i / PerRow * TileHeight;
                var (fill, ink, symbol, state) = Style(country, detailed, label);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<g><title>{country.Iso3}: {Escape(state)}</title><rect x=\"{x}\" y=\"{y}\" width=\"{Tile - 3}\" height=\"{TileHeight - 3}\" fill=\"{fill}\" stroke=\"#555\"/>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{x + 4}\" y=\"{y + 18}\" font-size=\"11\" fill=\"{ink}\">{country.Iso3}{symbol}</text></g>");
                i++;
            }
            x0 += PerRow * Tile + Gap;
        }
        return svg.Append("</svg>").ToString();
    }

    private static (string Fill, string Ink, string Symbol, string State) Style(CountryCompleteness c, bool detailed, Func<string, string> label)
    {
        if (!detailed)
            return c.Answered ? ("#1b5e20", "#fff", "✓", label("Reporting.Answered")) : ("#fff", "#000", "○", label("Reporting.NotAnswered"));
        var state = label("Reporting.SubmissionState." + c.State);
        return c.State switch
        {
            SubmissionState.Accepted or SubmissionState.Submitted => ("#1b5e20", "#fff", "✓", state),
            SubmissionState.Returned => ("#b34700", "#fff", "↺", state),
            SubmissionState.InProgress => ("#fbc02d", "#000", "…", state),
            _ => ("#fff", "#000", "○", state),
        };
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
