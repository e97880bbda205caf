using System.Globalization;
using Microsoft.Extensions.Localization;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

/// <summary>How analysis figures read on the pages and in the report: shares, changes in points, answer labels, in the request's language.</summary>
public static class AnalysisFormat
{
    public static string Percent(double share) => share.ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>A signed change in percentage points; the left-to-right mark keeps the sign before the number in Arabic.</summary>
    public static string Points(double points, IStringLocalizer text) =>
        string.Format(CultureInfo.CurrentCulture, text["Reporting.Points"], "\u200E" + points.ToString("+0.0;-0.0;0.0", CultureInfo.CurrentCulture));

    /// <summary>"12 (40.0 %)": a count of States and its share.</summary>
    public static string CountShare(int count, double share) =>
        string.Format(CultureInfo.CurrentCulture, "{0} ({1})", count, Percent(share));

    public static string Label(QuestionDefinition question, string value, string language, IStringLocalizer text) => question.Type == QuestionType.YesNo
        ? text["Reporting.Answer." + value]
        : question.Options.FirstOrDefault(o => string.Equals(o.Code, value, StringComparison.Ordinal))?.Label.In(language) ?? value;

    /// <summary>The name of a headline indicator or, for a technical-assistance need, "Needs technical assistance: area".</summary>
    public static string Indicator(string indicator, IStringLocalizer text) => text["Reporting.Indicator." + indicator];
}

/// <summary>What the shared question partial shows: one question, its figures, and whether to draw the chart.</summary>
public sealed record QuestionFigures(QuestionDefinition Question, QuestionAnalysis Analysis, string Language, bool Chart, int Level = 3);
