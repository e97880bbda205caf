using System.Globalization;
using System.Text.RegularExpressions;
using Palermo.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>
/// The fields a person types on the new-record and edit pages. Lists are typed one per line (or comma-separated for
/// codes); defendants are lines of «sex, nationality» and victims lines of «initials, sex, nationality».
/// </summary>
public sealed partial class EditForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Language { get; set; }
    public List<string> Protocols { get; set; } = [];
    public string? Articles { get; set; }
    public string? Sources { get; set; }

    /// <summary>On a new record: the id (or the address) of the record this one translates.</summary>
    public string? TranslationOf { get; set; }

    // Practice
    public string? Category { get; set; }
    public string? Countries { get; set; }
    public string? Organizations { get; set; }
    public int? PeriodStartYear { get; set; }
    public int? PeriodEndYear { get; set; }
    public string? Results { get; set; }
    public string? Links { get; set; }
    public string? HumanitarianCrisis { get; set; }

    // Case law
    public string? Country { get; set; }
    public string? Court { get; set; }
    public string? CourtLevel { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? CaseNumber { get; set; }
    public string? Verdict { get; set; }
    public string? Sentence { get; set; }
    public string? Appeal { get; set; }
    public int? DefendantCount { get; set; }
    public int? VictimCount { get; set; }
    public string? Defendants { get; set; }
    public string? Victims { get; set; }
    public string? ExploitationForms { get; set; }
    public string? Acts { get; set; }
    public string? Means { get; set; }
    public string? Purposes { get; set; }

    public static EditForm From(KnowledgeRecord record)
    {
        var form = new EditForm
        {
            Title = record.Title, Summary = record.Summary, Body = record.Body, Language = record.Language, Protocols = [.. record.Protocols],
            Articles = string.Join(", ", record.Articles), Sources = Lines(record.Sources),
        };
        switch (record)
        {
            case Practice p:
                form.Category = p.Category.Code();
                form.Countries = string.Join(", ", p.Countries);
                form.Organizations = Lines(p.Organizations);
                form.PeriodStartYear = p.PeriodStartYear;
                form.PeriodEndYear = p.PeriodEndYear;
                form.Results = p.Results;
                form.Links = Lines(p.Links);
                form.HumanitarianCrisis = p.HumanitarianCrisis;
                break;
            case CaseLaw c:
                form.Country = c.CountryIso3;
                form.Court = c.Court;
                form.CourtLevel = c.CourtLevel.ToString();
                form.DecisionDate = c.DecisionDate;
                form.CaseNumber = c.CaseNumber;
                form.Verdict = c.Verdict;
                form.Sentence = c.Sentence;
                form.Appeal = c.Appeal;
                form.DefendantCount = c.DefendantCount;
                form.VictimCount = c.VictimCount;
                form.Defendants = Lines(c.Defendants.Select(d => Row(d.Sex, d.Nationality)));
                form.Victims = Lines(c.Victims.Select(v => Row(v.Initials, v.Sex, v.Nationality)));
                form.ExploitationForms = Lines(c.ExploitationForms);
                form.Acts = Lines(c.Acts);
                form.Means = Lines(c.Means);
                form.Purposes = Lines(c.Purposes);
                break;
        }
        return form;
    }

    public PracticeInput ToPracticeInput(Guid? translationOf = null) =>
        new(Title, Summary, Body, Language, Category, Split(Countries, ','), Protocols, Split(Articles, ','), Split(Organizations, '\n'),
            PeriodStartYear, PeriodEndYear, Results, Split(Sources, '\n'), Split(Links, '\n'), HumanitarianCrisis, translationOf);

    public CaseLawInput ToCaseLawInput(Guid? translationOf = null) =>
        new(Title, Summary, Body, Language, Country, Court, CourtLevel, DecisionDate, CaseNumber, Verdict, Sentence, Appeal,
            DefendantCount, VictimCount, ParseDefendants(), ParseVictims(), Split(ExploitationForms, '\n'), Split(Acts, '\n'),
            Split(Means, '\n'), Split(Purposes, '\n'), Protocols, Split(Articles, ','), Split(Sources, '\n'), translationOf);

    /// <summary>The record id in <see cref="TranslationOf"/> (a bare id or any address that ends with one); false when text is there but no id.</summary>
    public bool TryTranslationOf(out Guid? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(TranslationOf)) return true;
        var match = GuidPattern().Matches(TranslationOf).LastOrDefault();
        if (match is null) return false;
        id = Guid.Parse(match.Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// After a refused save, drops the victim lines whose «initials» are not initials: what was typed may be a
    /// person's name, and the page does not send it back.
    /// </summary>
    public void ForgetVictimNames() =>
        Victims = Lines(ParseVictims().Where(v => VictimInitials.IsValid(v.Initials)).Select(v => Row(v.Initials, v.Sex, v.Nationality)));

    private List<CaseDefendant> ParseDefendants() =>
        Split(Defendants, '\n').Select(line => Cells(line, 2)).Select(c => new CaseDefendant { Sex = c[0], Nationality = c[1] }).ToList();

    private List<CaseVictim> ParseVictims() =>
        Split(Victims, '\n').Select(line => Cells(line, 3)).Select(c => new CaseVictim { Initials = c[0], Sex = c[1], Nationality = c[2] }).ToList();

    /// <summary>A line's comma-separated cells, padded to <paramref name="count"/>; extra commas stay in the last cell.</summary>
    private static string[] Cells(string line, int count)
    {
        var cells = line.Split(',', count, StringSplitOptions.TrimEntries);
        return [.. cells, .. Enumerable.Repeat("", count - cells.Length)];
    }

    private static string Row(params string?[] cells) => string.Join(", ", cells.Select(c => c ?? "")).TrimEnd(' ', ',');

    private static string Lines(IEnumerable<string> values) => string.Join("\n", values);

    private static List<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}
