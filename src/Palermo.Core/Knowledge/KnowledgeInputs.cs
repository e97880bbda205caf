namespace Palermo.Knowledge;

/// <summary>A practice as submitted; the service validates, sanitizes and stores it.</summary>
public sealed record PracticeInput(
    string? Title, string? Summary, string? Body, string? Language, string? Category,
    IReadOnlyList<string>? Countries = null, IReadOnlyList<string>? Protocols = null, IReadOnlyList<string>? Articles = null,
    IReadOnlyList<string>? Organizations = null, int? PeriodStartYear = null, int? PeriodEndYear = null, string? Results = null,
    IReadOnlyList<string>? Sources = null, IReadOnlyList<string>? Links = null, string? HumanitarianCrisis = null,
    Guid? TranslationOf = null);

/// <summary>A court decision as submitted.</summary>
public sealed record CaseLawInput(
    string? Title, string? Summary, string? Body, string? Language, string? Country,
    string? Court = null, string? CourtLevel = null, DateOnly? DecisionDate = null, string? CaseNumber = null,
    string? Verdict = null, string? Sentence = null, string? Appeal = null,
    int? DefendantCount = null, int? VictimCount = null,
    IReadOnlyList<CaseDefendant>? Defendants = null, IReadOnlyList<CaseVictim>? Victims = null,
    IReadOnlyList<string>? ExploitationForms = null, IReadOnlyList<string>? Acts = null, IReadOnlyList<string>? Means = null,
    IReadOnlyList<string>? Purposes = null, IReadOnlyList<string>? Protocols = null, IReadOnlyList<string>? Articles = null,
    IReadOnlyList<string>? Sources = null, Guid? TranslationOf = null);

/// <summary>What a reviewer does with a record.</summary>
public enum KnowledgeTransition
{
    Submit,
    RequestChanges,
    Publish,
    Unpublish,
    Reject,
}

/// <summary>Another language's version of a record, as a link to it.</summary>
public sealed record KnowledgeTranslation(Guid Id, string Language, string Title);
