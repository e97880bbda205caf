using Palermo.Knowledge;

namespace Palermo.Web.Pages.Knowledge;

/// <summary>
/// The fields a person edits on a page. Lists are typed one per line (or comma-separated for codes); fields the form
/// does not show (defendants, victims, forms of exploitation …) are carried over from the record unchanged.
/// </summary>
public sealed class EditForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Language { get; set; }
    public List<string> Protocols { get; set; } = [];
    public string? Articles { get; set; }
    public string? Sources { get; set; }

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
                break;
        }
        return form;
    }

    public PracticeInput ToPracticeInput() =>
        new(Title, Summary, Body, Language, Category, Split(Countries, ','), Protocols, Split(Articles, ','), Split(Organizations, '\n'),
            PeriodStartYear, PeriodEndYear, Results, Split(Sources, '\n'), Split(Links, '\n'), HumanitarianCrisis);

    public CaseLawInput ToCaseLawInput(CaseLaw current) =>
        new(Title, Summary, Body, Language, Country, Court, CourtLevel, DecisionDate, CaseNumber, Verdict, Sentence, Appeal,
            current.DefendantCount, current.VictimCount, current.Defendants, current.Victims, current.ExploitationForms, current.Acts,
            current.Means, current.Purposes, Protocols, Split(Articles, ','), Split(Sources, '\n'));

    private static string Lines(IEnumerable<string> values) => string.Join("\n", values);

    private static List<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
