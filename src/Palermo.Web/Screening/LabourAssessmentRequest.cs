using Palermo.Accounts;
using Palermo.Screening;

namespace Palermo.Web.Screening;

/// <summary>
/// Body of <c>POST /api/v1/screening/labour-assessments</c>. The last four members are read only when
/// <see cref="Save"/> is true, and are all an anonymous record may hold.
/// </summary>
public sealed record LabourAssessmentRequest(
    string? Profile,
    bool? ActPresent,
    IReadOnlyList<string?>? Indicators,
    bool? Save,
    string? Country = null,
    string? Sector = null,
    string? Sex = null,
    string? AgeGroup = null)
{
    public AnonymousRecordInput RecordInput => new(Country, Sector, Sex, AgeGroup);
}

public sealed record DimensionView(string Id, bool Positive, int Strong, int Medium, int Weak, IReadOnlyList<string> Indicators);

public sealed record CatalogueView(string Id, int Version);

/// <summary>The answer: outcome id, every dimension's tally, and the catalogue edition used.</summary>
public sealed record LabourAssessmentResponse(string Outcome, IReadOnlyList<DimensionView> Dimensions, CatalogueView Catalogue, bool Saved)
{
    public static LabourAssessmentResponse From(ScreeningResult result, bool saved) => new(
        result.OutcomeId,
        [.. result.Dimensions.Select(d => new DimensionView(d.Id, d.Positive, d.Strong, d.Medium, d.Weak, d.Indicators))],
        new CatalogueView(result.Catalogue.Id, result.Catalogue.Version),
        saved);
}
