using Palermo.Audit;

namespace Palermo.Screening;

/// <summary>
/// The anonymous trace of one screening a practitioner chose to keep, for the secretariat's statistics.
/// Deliberately nothing that identifies a person: no name, no free text, no user, no time of day — only
/// the coarse categories below, the outcome, the indicator ids and the catalogue edition that produced it.
/// Its audit lines are anonymous too: they say that a record was kept, not which, by whom, from where or when in the day.
/// </summary>
[AuditedAnonymously]
public class LabourAssessmentRecord : ICountryScoped
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Country where the screening took place (ISO 3166-1 alpha-3).</summary>
    public string CountryIso3 { get; set; } = "";

    /// <summary>ISIC Rev.4 section letter (A–U); null when not given.</summary>
    public string? Sector { get; set; }

    /// <summary>One of <see cref="AnonymousRecordFields.Sexes"/>.</summary>
    public string Sex { get; set; } = AnonymousRecordFields.Unknown;

    /// <summary>One of <see cref="AnonymousRecordFields.AgeGroups"/>.</summary>
    public string AgeGroup { get; set; } = AnonymousRecordFields.Unknown;

    public string Outcome { get; set; } = "";

    /// <summary>Present indicator ids in catalogue order, separated by single spaces.</summary>
    public string Indicators { get; set; } = "";

    public string CatalogueId { get; set; } = "";

    public int CatalogueVersion { get; set; }

    /// <summary>UTC date only: a time of day could help re-identify an interview.</summary>
    public DateOnly RecordedOn { get; set; }

    bool ICountryScoped.IsPublic => false;

    public IReadOnlyList<string> IndicatorIds() =>
        Indicators.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
