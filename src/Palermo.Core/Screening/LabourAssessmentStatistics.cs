using Microsoft.EntityFrameworkCore;
using Palermo.Access;
using Palermo.Data;

namespace Palermo.Screening;

public sealed record StatisticsFilter(string? Country, DateOnly? From, DateOnly? To);

/// <summary>Outcome counts for one country or one sector (null sector: not given).</summary>
public sealed record OutcomeBreakdown(string? Key, int Total, IReadOnlyDictionary<string, int> Outcomes);

public sealed record IndicatorFrequency(string Id, int Count);

public sealed record ScreeningStatistics(
    int Total,
    IReadOnlyDictionary<string, int> Outcomes,
    IReadOnlyList<OutcomeBreakdown> ByCountry,
    IReadOnlyList<OutcomeBreakdown> BySector,
    IReadOnlyList<IndicatorFrequency> Indicators);

/// <summary>
/// Aggregates anonymous records for the secretariat (every country) and focal points (their own). The country rule is
/// applied here for the actor asking, not left to the unit of work's data scope, so a context opened for trusted code
/// still counts only what the actor may see.
/// </summary>
public sealed class LabourAssessmentStatistics(PalermoDbContext db)
{
    public async Task<Outcome<ScreeningStatistics>> ComputeAsync(Actor actor, StatisticsFilter filter, CancellationToken cancellationToken = default)
    {
        if (!actor.Can(ScreeningPermission.ReadStatistics)) return ProblemCodes.Forbidden.With();
        var query = db.LabourAssessmentRecords.AsNoTracking();
        if (!actor.IsSecretariat)
        {
            // Null when the account has no country: then nothing is theirs.
            var own = actor.CountryIso3?.ToUpperInvariant();
            query = query.Where(r => r.CountryIso3 == own);
        }
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            var country = filter.Country.Trim().ToUpperInvariant();
            query = query.Where(r => r.CountryIso3 == country);
        }
        if (filter.From is { } from) query = query.Where(r => r.RecordedOn >= from);
        if (filter.To is { } to) query = query.Where(r => r.RecordedOn <= to);

        // Only the columns statistics need; indicator ids are split here because the engines store lists differently.
        var rows = await query.Select(r => new { r.CountryIso3, r.Sector, r.Outcome, r.Indicators }).ToListAsync(cancellationToken);

        var indicators = rows
            .SelectMany(r => r.Indicators.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => new IndicatorFrequency(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        return new ScreeningStatistics(
            rows.Count,
            CountOutcomes(rows.Select(r => r.Outcome)),
            Breakdown(rows.Select(r => (Key: (string?)r.CountryIso3, r.Outcome))),
            Breakdown(rows.Select(r => (Key: r.Sector, r.Outcome))),
            indicators);
    }

    private static List<OutcomeBreakdown> Breakdown(IEnumerable<(string? Key, string Outcome)> rows) =>
        [.. rows.GroupBy(r => r.Key ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OutcomeBreakdown(g.Key.Length == 0 ? null : g.Key, g.Count(), CountOutcomes(g.Select(r => r.Outcome))))];

    private static SortedDictionary<string, int> CountOutcomes(IEnumerable<string> outcomes)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in outcomes) counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        return counts;
    }
}
