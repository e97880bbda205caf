using Palermo.Countries;

namespace Palermo.Reporting;

/// <summary>
/// Everything the analytical report of a cycle shows, in one language and optionally one region: completeness,
/// headline indicators, technical-assistance needs, every question's distribution, and the earlier cycles beside them.
/// Aggregates only, so every signed-in user may read it (like the analysis); the web page and the XLSX are built from it.
/// </summary>
public sealed record CycleReport(CycleDetail Detail, CompletenessReport Completeness, AnalysisReport Analysis,
    IReadOnlyDictionary<string, string> RegionNames, string Language, string? Region, DateTimeOffset GeneratedAt)
{
    public string Title => Detail.Definition.Title.In(Language);

    public string RegionName(string? m49) => m49 is null ? "—" : RegionNames.GetValueOrDefault(m49, m49);

    public static async Task<CycleReport> LoadAsync(CycleDetail detail, CycleService cycles, PlaceNameBook names, TimeProvider clock,
        string? region, CancellationToken cancellationToken = default)
    {
        var completeness = await cycles.CompletenessAsync(detail.Cycle, cancellationToken);
        var analysis = await cycles.AnalysisAsync(detail, names.Language, region, cancellationToken);
        return new CycleReport(detail, completeness, analysis, names.Regions, names.Language, region, clock.GetUtcNow());
    }
}
