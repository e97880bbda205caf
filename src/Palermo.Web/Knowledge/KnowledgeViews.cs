using Palermo.Knowledge;
using Palermo.Search.Knowledge;

namespace Palermo.Web.Knowledge;

public sealed record PracticeBody(
    string? Title, string? Summary, string? Body, string? Language, string? Category,
    List<string>? Countries, List<string>? Protocols, List<string>? Articles, List<string>? Organizations,
    int? PeriodStartYear, int? PeriodEndYear, string? Results, List<string>? Sources, List<string>? Links,
    string? HumanitarianCrisis, Guid? TranslationOf);

public sealed record CaseLawBody(
    string? Title, string? Summary, string? Body, string? Language, string? Country, string? Court, string? CourtLevel,
    DateOnly? DecisionDate, string? CaseNumber, string? Verdict, string? Sentence, string? Appeal,
    int? DefendantCount, int? VictimCount, List<CaseDefendant>? Defendants, List<CaseVictim>? Victims,
    List<string>? ExploitationForms, List<string>? Acts, List<string>? Means, List<string>? Purposes,
    List<string>? Protocols, List<string>? Articles, List<string>? Sources, Guid? TranslationOf,
    // Also understood: "level" for courtLevel, and "countries" for country as practices name theirs (one code: a case
    // is tried in one country; several are refused as an unknown country); "number", "dateOfDecision" and "source" as
    // the decision's own vocabulary names them.
    string? Level = null, List<string>? Countries = null, string? Number = null, DateOnly? DateOfDecision = null, string? Source = null);

public sealed record ReviewBody(string? Note);

public sealed record CreatedView(Guid Id);

public sealed record StatusView(Guid Id, string Status);

public sealed record TranslationView(Guid Id, string Language, string Title);

public sealed record PracticeView(
    Guid Id, string Title, string Summary, string Body, string Language, string Category,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Protocols, IReadOnlyList<string> Articles, IReadOnlyList<string> Organizations,
    int? PeriodStartYear, int? PeriodEndYear, string Results, IReadOnlyList<string> Sources, IReadOnlyList<string> Links,
    string? HumanitarianCrisis, Guid TranslationGroupId, IReadOnlyList<TranslationView> Translations, string Status,
    string? AuthorCountry, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt,
    IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>The secretariat's note with its last decision (changes asked for, rejection): for the author and the secretariat only.</summary>
    public string? ReviewNote { get; init; }
}

public sealed record CaseLawView(
    Guid Id, string Title, string Summary, string Body, string Language, string Country, string Court, string CourtLevel,
    DateOnly? DecisionDate, string CaseNumber, string Verdict, string Sentence, string Appeal, int DefendantCount, int VictimCount,
    IReadOnlyList<CaseDefendant> Defendants, IReadOnlyList<CaseVictim> Victims, IReadOnlyList<string> ExploitationForms,
    IReadOnlyList<string> Acts, IReadOnlyList<string> Means, IReadOnlyList<string> Purposes, IReadOnlyList<string> Protocols,
    IReadOnlyList<string> Articles, IReadOnlyList<string> Sources, Guid TranslationGroupId, IReadOnlyList<TranslationView> Translations,
    string Status, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt,
    IReadOnlyList<AttachmentView> Attachments)
{
    /// <summary>The secretariat's note with its last decision (changes asked for, rejection): for the author and the secretariat only.</summary>
    public string? ReviewNote { get; init; }
}

public sealed record HitView(
    Guid Id, string Kind, string Title, string Language, string Snippet, string Summary, string? Category,
    IReadOnlyList<string> Countries, IReadOnlyList<string> Protocols, IReadOnlyList<string> Articles, int? Year,
    DateTimeOffset Date, string Status, bool SameLanguage, double Score)
{
    /// <summary>Shared by a record and its translations, so that a client can gather the same practice's versions.</summary>
    public Guid TranslationGroupId { get; init; }

    public static HitView From(KnowledgeHit hit)
    {
        var d = hit.Document;
        return new(d.Id, d.Kind.Code(), d.Title, d.Language, hit.Snippet, d.Summary, d.Category, d.Countries, d.Protocols, d.Articles,
            d.Year, d.Date, KnowledgeStatusCodes.Code(d.Status), hit.SameLanguage, Math.Round(hit.Score, 4)) { TranslationGroupId = d.TranslationGroupId };
    }
}

public sealed record SearchView(int Total, int Page, int PageSize, string QueryLanguage, IReadOnlyList<HitView> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    /// <summary>Other languages whose records were searched for the query's own words (its language was not clear from it).</summary>
    public IReadOnlyList<string> AlsoWrittenIn { get; init; } = [];
}
