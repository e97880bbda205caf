using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Reporting;

namespace Palermo.Web.Reporting;

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

    public static async Task<CycleReport> LoadAsync(CycleDetail detail, CycleService cycles, PalermoDbContext db, TimeProvider clock,
        string language, string? region, CancellationToken cancellationToken = default)
    {
        var regions = (await db.Regions.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(r => r.M49, r => r.Names.In(language), StringComparer.Ordinal);
        var completeness = await cycles.CompletenessAsync(detail.Cycle, cancellationToken);
        var analysis = await cycles.AnalysisAsync(detail, language, region, cancellationToken);
        return new CycleReport(detail, completeness, analysis, regions, language, region, clock.GetUtcNow());
    }

    /// <summary>M49 codes of the regions countries belong to: the values the region filter accepts.</summary>
    public static async Task<IReadOnlyList<string>> RegionCodesAsync(PalermoDbContext db, CancellationToken cancellationToken = default) =>
        await db.Countries.AsNoTracking().Where(c => c.RegionM49 != null).Select(c => c.RegionM49!).Distinct().ToListAsync(cancellationToken);
}
