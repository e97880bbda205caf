using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;

namespace Palermo.Countries;

/// <summary>The names of countries and regions in one language, for pages, exports and mails.</summary>
public sealed class PlaceNameBook(string language, IReadOnlyDictionary<string, string> countries, IReadOnlyDictionary<string, string> regions,
    IReadOnlyList<string> regionsInUse)
{
    public string Language { get; } = language;

    /// <summary>Country names by ISO 3166-1 alpha-3 code.</summary>
    public IReadOnlyDictionary<string, string> Countries { get; } = countries;

    /// <summary>Region and sub-region names by M49 code.</summary>
    public IReadOnlyDictionary<string, string> Regions { get; } = regions;

    /// <summary>The M49 codes of the regions some country belongs to (the choices of a region filter).</summary>
    public IReadOnlyList<string> RegionsInUse { get; } = regionsInUse;

    public string Country(string iso3) => Countries.GetValueOrDefault(iso3, iso3);

    public string Region(string? m49) => m49 is null ? "" : Regions.GetValueOrDefault(m49, m49);

    public bool IsRegionInUse(string? m49) => m49 is not null && RegionsInUse.Contains(m49, StringComparer.Ordinal);
}

/// <summary>
/// Country and region names per language, built once and kept briefly (reference data changes only on import,
/// and other web nodes must see an import within a minute). Replaces the dictionaries every screen used to rebuild.
/// </summary>
public sealed class PlaceNames(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public Task<PlaceNameBook> InAsync(string language, CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync("place-names:" + language, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return await BuildAsync(language, cancellationToken);
        })!;

    public void Invalidate()
    {
        foreach (var language in PalermoLanguages.Codes) cache.Remove("place-names:" + language);
    }

    private async Task<PlaceNameBook> BuildAsync(string language, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var countries = await db.Countries.AsNoTracking().ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var inUse = countries.Where(c => c.RegionM49 != null).Select(c => c.RegionM49!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new PlaceNameBook(language,
            countries.ToDictionary(c => c.Iso3, c => c.Names.In(language), StringComparer.Ordinal),
            regions.ToDictionary(r => r.M49, r => r.Names.In(language), StringComparer.Ordinal),
            inUse);
    }
}
