using System.Globalization;
using System.Net;
using System.Text;

namespace Palermo.Web.Reporting;

/// <summary>One bar: its label, the share now, and the share in the earlier cycle compared with (drawn as a tick), if any.</summary>
public sealed record ChartBar(string Label, double Share, double? EarlierShare);

/// <summary>
/// A horizontal bar chart of one question's distribution as inline SVG, so the report prints and saves as PDF with its
/// charts and needs no script. Readable without colour: every bar carries its percentage as text, the earlier cycle is
/// a dashed tick. Right to left the chart is mirrored (labels on the right, bars growing leftwards); the coordinates are
/// computed for that, so the SVG itself is pinned left to right (inline SVG would otherwise inherit the page's
/// direction and flip every text anchor).
/// </summary>
public static class DistributionChart
{
    private const int Width = 560, LabelWidth = 200, ValueWidth = 64, Row = 24, BarHeight = 14;

    public static string Render(IReadOnlyList<ChartBar> bars, string title, bool rightToLeft, string language)
    {
        var barWidth = Width - LabelWidth - ValueWidth;
        var height = Math.Max(1, bars.Count) * Row + 4;
        double X(double x) => rightToLeft ? Width - x : x;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" direction=\"ltr\" role=\"img\" aria-label=\"{Escape(title)}\" lang=\"{language}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append("<title>").Append(Escape(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * Row + 4;
            var share = Math.Clamp(bar.Share, 0, 1);
            var length = share * barWidth;
            var start = rightToLeft ? X(LabelWidth) - length : X(LabelWidth);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(X(LabelWidth - 6))}\" y=\"{y + BarHeight - 2}\" text-anchor=\"{(rightToLeft ? "start" : "end")}\">{Escape(Short(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{F(start)}\" y=\"{y}\" width=\"{F(Math.Max(length, 0.5))}\" height=\"{BarHeight}\" fill=\"#1f5f99\"><title>{Escape(bar.Label)}</title></rect>");
            if (bar.EarlierShare is { } earlier)
            {
                var tick = X(LabelWidth + Math.Clamp(earlier, 0, 1) * barWidth);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{F(tick)}\" x2=\"{F(tick)}\" y1=\"{y - 2}\" y2=\"{y + BarHeight + 2}\" stroke=\"#222\" stroke-width=\"2\" stroke-dasharray=\"3 2\" />");
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{F(X(LabelWidth + length + 4))}\" y=\"{y + BarHeight - 2}\" text-anchor=\"{(rightToLeft ? "end" : "start")}\">{Escape("\u200E" + AnalysisFormat.Percent(share))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Long option labels are shortened on the chart; the full label is the bar's title and is in the table beside it.</summary>
    private static string Short(string label) => label.Length <= 32 ? label : string.Concat(label.AsSpan(0, 31), "…");

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
