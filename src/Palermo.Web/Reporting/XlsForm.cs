using System.Globalization;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Palermo.Reporting;
using Palermo.TreatyStatus;

namespace Palermo.Web.Reporting;

/// <summary>A problem in an imported XLSForm: the sheet, the row (as the spreadsheet numbers it) and the column.</summary>
public sealed record XlsFormProblem(string Sheet, int Row, string Column, string Code, string Value);

/// <summary>
/// Questionnaires as XLSForm, the spreadsheet officers write them in: sheets <c>survey</c>, <c>choices</c>, <c>settings</c>;
/// one <c>label::Arabic (ar)</c>-style column per language; groups for sections; <c>relevant</c> for skip logic;
/// <c>required</c>; number ranges as <c>constraint</c>. Palermo's own facts travel in <c>palermo_*</c> columns.
/// </summary>
public static partial class XlsForm
{
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.Ordinal)
    {
        ["ar"] = "Arabic", ["zh"] = "Chinese", ["en"] = "English", ["fr"] = "French", ["ru"] = "Russian", ["es"] = "Spanish",
    };

    private static string Column(string kind, string language) => $"{kind}::{LanguageNames[language]} ({language})";

    public static byte[] Write(QuestionnaireDefinition definition, Func<string, string, string> yesNoLabel)
    {
        var survey = new List<Dictionary<string, object>>();
        var choices = new List<Dictionary<string, object>>();
        Dictionary<string, object> SurveyRow(string type, string name, IReadOnlyDictionary<string, string>? label, IReadOnlyDictionary<string, string>? hint = null)
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal) { ["type"] = type, ["name"] = name };
            foreach (var l in PalermoLanguages.Codes) row[Column("label", l)] = label?.GetValueOrDefault(l) ?? "";
            foreach (var l in PalermoLanguages.Codes) row[Column("hint", l)] = hint?.GetValueOrDefault(l) ?? "";
            foreach (var key in new[] { "required", "relevant", "constraint", "palermo_type", "palermo_articles", "palermo_indicator" }) row[key] = "";
            return row;
        }
        void Choice(string list, string name, Func<string, string> label)
        {
            var row = new Dictionary<string, object>(StringComparer.Ordinal) { ["list_name"] = list, ["name"] = name };
            foreach (var l in PalermoLanguages.Codes) row[Column("label", l)] = label(l);
            choices.Add(row);
        }

        foreach (var option in YesNoAnswers.All) Choice("yesno", option, l => yesNoLabel(l, option));
        foreach (var section in definition.Sections)
        {
            survey.Add(SurveyRow("begin_group", section.Code, section.Title));
            foreach (var q in section.Questions)
            {
                var row = SurveyRow(TypeOf(q), q.Code, q.Text, q.Help);
                row["required"] = q.Required ? "yes" : "";
                row["palermo_type"] = JsonNaming(q.Type);
                row["palermo_articles"] = string.Join(",", q.Articles);
                row["palermo_indicator"] = q.Indicator ?? "";
                if (q.ShowWhen is { } when)
                    row["relevant"] = definition.Find(when.Question)?.Type == QuestionType.Multiple
                        ? $"selected(${{{when.Question}}}, '{when.Value}')" : $"${{{when.Question}}} = '{when.Value}'";
                var range = new List<string>();
                if (q.Min is { } min) range.Add(". >= " + min.ToString(CultureInfo.InvariantCulture));
                if (q.Max is { } max) range.Add(". <= " + max.ToString(CultureInfo.InvariantCulture));
                row["constraint"] = string.Join(" and ", range);
                survey.Add(row);
                foreach (var option in q.Options) Choice(q.Code, option.Code, l => option.Label.GetValueOrDefault(l) ?? "");
            }
            survey.Add(SurveyRow("end_group", "", null));
        }
        var settings = new List<Dictionary<string, object>>
        {
            new(StringComparer.Ordinal)
            {
                ["form_title"] = definition.Title.GetValueOrDefault("en") ?? "", ["form_id"] = definition.Code,
                ["version"] = definition.Version.ToString(CultureInfo.InvariantCulture), ["default_language"] = "English (en)",
                ["palermo_protocol"] = definition.Protocol.ToString(),
            },
        };
        foreach (var l in PalermoLanguages.Codes) settings[0][Column("form_title", l)] = definition.Title.GetValueOrDefault(l) ?? "";
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>(StringComparer.Ordinal) { ["survey"] = survey, ["choices"] = choices, ["settings"] = settings });
        return stream.ToArray();
    }

    private static string TypeOf(QuestionDefinition q) => q.Type switch
    {
        QuestionType.YesNo => "select_one yesno",
        QuestionType.Single => "select_one " + q.Code,
        QuestionType.Multiple => "select_multiple " + q.Code,
        QuestionType.Number => "decimal",
        QuestionType.Date => "date",
        QuestionType.Attachment => "file",
        _ => "text",
    };

    private static string JsonNaming(QuestionType type) => Kebab.Of(type);

    public static (QuestionnaireDefinition? Definition, IReadOnlyList<XlsFormProblem> Problems) Read(Stream xlsx)
    {
        var problems = new List<XlsFormProblem>();
        List<IDictionary<string, object?>> Sheet(string name)
        {
            try
            {
                xlsx.Position = 0;
                return xlsx.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or ArgumentException or IOException
                                          or System.IO.InvalidDataException or System.Xml.XmlException)
            {
                problems.Add(new XlsFormProblem(name, 0, "", "missing-sheet", name));
                return [];
            }
        }
        static string Cell(IDictionary<string, object?> row, string column) =>
            row.TryGetValue(column, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
        static Dictionary<string, string> Texts(IDictionary<string, object?> row, string kind) =>
            PalermoLanguages.Codes.ToDictionary(l => l, l => Cell(row, Column(kind, l)), StringComparer.Ordinal);

        var survey = Sheet("survey");
        var choiceRows = Sheet("choices");
        var settingsRows = Sheet("settings");
        if (problems.Count > 0) return (null, problems);

        var choices = choiceRows.Select((row, i) => (Row: i + 2, List: Cell(row, "list_name"), Name: Cell(row, "name"), Label: Texts(row, "label")))
            .Where(c => c.List.Length > 0).ToLookup(c => c.List, StringComparer.Ordinal);
        var settings = settingsRows.FirstOrDefault();
        var code = settings is null ? "" : Cell(settings, "form_id");
        if (code.Length == 0) problems.Add(new("settings", 2, "form_id", "required", ""));
        var versionText = settings is null ? "" : Cell(settings, "version");
        if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            problems.Add(new("settings", 2, "version", "invalid-version", versionText));
        var protocolText = settings is null ? "" : Cell(settings, "palermo_protocol");
        if (!Enum.TryParse<Protocol>(protocolText, ignoreCase: true, out var protocol) || !Enum.IsDefined(protocol))
            problems.Add(new("settings", 2, "palermo_protocol", "unknown-protocol", protocolText));

        var sections = new List<SectionDefinition>();
        (string Code, Dictionary<string, string> Title, int Row, List<QuestionDefinition> Questions)? open = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var relevantRows = new List<(int Row, string Question, string Target)>();
        for (var i = 0; i < survey.Count; i++)
        {
            var row = survey[i];
            var rowNumber = i + 2;
            var type = Cell(row, "type");
            var name = Cell(row, "name");
            if (type.Length == 0 && name.Length == 0) continue;
            if (type == "begin_group")
            {
                if (open is not null) problems.Add(new("survey", rowNumber, "type", "nested-group", type));
                open = (name, Texts(row, "label"), rowNumber, []);
                continue;
            }
            if (type == "end_group")
            {
                if (open is { } done) sections.Add(new SectionDefinition { Code = done.Code, Title = done.Title, Questions = done.Questions });
                else problems.Add(new("survey", rowNumber, "type", "unmatched-end-group", type));
                open = null;
                continue;
            }
            if (open is null) { problems.Add(new("survey", rowNumber, "type", "outside-group", type)); continue; }
            if (name.Length == 0 || !names.Add(name)) { problems.Add(new("survey", rowNumber, "name", name.Length == 0 ? "required" : "duplicate-name", name)); continue; }

            var parts = type.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var palermoType = Cell(row, "palermo_type");
            QuestionType? questionType = parts[0] switch
            {
                "select_one" when parts.Length == 2 && parts[1] == "yesno" => QuestionType.YesNo,
                "select_one" when parts.Length == 2 => QuestionType.Single,
                "select_multiple" when parts.Length == 2 => QuestionType.Multiple,
                "decimal" or "integer" => QuestionType.Number,
                "date" => QuestionType.Date,
                "file" => QuestionType.Attachment,
                "text" when palermoType == "legal-reference" => QuestionType.LegalReference,
                "text" => QuestionType.Text,
                _ => null,
            };
            if (questionType is null) { problems.Add(new("survey", rowNumber, "type", "unknown-type", type)); continue; }
            var options = new List<OptionDefinition>();
            if (questionType is QuestionType.Single or QuestionType.Multiple)
            {
                if (!choices.Contains(parts[1])) { problems.Add(new("survey", rowNumber, "type", "unknown-choice-list", parts[1])); continue; }
                options = choices[parts[1]].Select(c => new OptionDefinition { Code = c.Name, Label = c.Label }).ToList();
            }
            var (min, max, rangeOk) = Range(Cell(row, "constraint"));
            if (!rangeOk) problems.Add(new("survey", rowNumber, "constraint", "unsupported-constraint", Cell(row, "constraint")));
            ShowWhen? showWhen = null;
            var relevant = Cell(row, "relevant");
            if (relevant.Length > 0)
            {
                var match = RelevantPattern().Match(relevant);
                if (!match.Success) problems.Add(new("survey", rowNumber, "relevant", "unsupported-relevant", relevant));
                else
                {
                    showWhen = new ShowWhen(match.Groups["q"].Value, match.Groups["v"].Value);
                    relevantRows.Add((rowNumber, name, showWhen.Question));
                }
            }
            var articles = new List<int>();
            foreach (var article in Cell(row, "palermo_articles").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(article, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) articles.Add(number);
                else problems.Add(new("survey", rowNumber, "palermo_articles", "invalid-article", article));
            }
            var help = Texts(row, "hint");
            open.Value.Questions.Add(new QuestionDefinition
            {
                Code = name, Type = questionType.Value, Articles = articles, Options = options, Min = min, Max = max, ShowWhen = showWhen,
                Required = Cell(row, "required") is "yes" or "true" or "TRUE" or "1",
                Text = Texts(row, "label"), Help = help.Values.Any(h => h.Length > 0) ? help : null,
                Indicator = Cell(row, "palermo_indicator") is { Length: > 0 } indicator ? indicator : null,
            });
        }
        if (open is { } unclosed) problems.Add(new("survey", unclosed.Row, "type", "unclosed-group", unclosed.Code));
        foreach (var (row, _, target) in relevantRows.Where(r => !names.Contains(r.Target)))
            problems.Add(new("survey", row, "relevant", "unknown-question", target));
        if (problems.Count > 0) return (null, problems);
        return (new QuestionnaireDefinition
        {
            Code = code, Version = version, Protocol = protocol, Sections = sections,
            Title = settings is null ? new Dictionary<string, string>() : Texts(settings, "form_title"),
        }, problems);
    }

    private static (decimal? Min, decimal? Max, bool Ok) Range(string constraint)
    {
        if (constraint.Length == 0) return (null, null, true);
        decimal? min = null, max = null;
        foreach (var part in constraint.Split(" and ", StringSplitOptions.TrimEntries))
        {
            var match = ConstraintPattern().Match(part);
            if (!match.Success || !decimal.TryParse(match.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return (null, null, false);
            if (match.Groups["op"].Value == ">=") min = n; else max = n;
        }
        return (min, max, true);
    }

    [GeneratedRegex(@"^\s*(?:\$\{(?<q>[^}]+)\}\s*=\s*'(?<v>[^']*)'|selected\(\s*\$\{(?<q>[^}]+)\}\s*,\s*'(?<v>[^']*)'\s*\))\s*$")]
    private static partial Regex RelevantPattern();

    [GeneratedRegex(@"^\.\s*(?<op>>=|<=)\s*(?<n>-?[0-9]+(?:\.[0-9]+)?)$")]
    private static partial Regex ConstraintPattern();
}
