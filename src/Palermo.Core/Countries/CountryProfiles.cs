using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.TreatyStatus;

namespace Palermo.Countries;

/// <summary>A region or sub-region by its M49 code, named in one language.</summary>
public sealed record RegionName(string M49, string Name);

/// <summary>Where a country stands on one protocol, with the edition (date and source) the status is taken from.</summary>
public sealed record ProtocolStanding(Protocol Protocol, DateOnly? Signature, DateOnly? Consent, ConsentAction? Action, bool IsParty,
    DateOnly AsOf, string Source);

/// <summary>One country as the public reference data shows it: names, regions and treaty status.</summary>
public sealed record CountryProfile(string Iso3, string Iso2, string? M49, string Name, IReadOnlyDictionary<string, string> Names,
    RegionName? Region, RegionName? SubRegion, bool IsRegionalOrganization, IReadOnlyList<ProtocolStanding> TreatyStatus);

/// <summary>
/// Every country with its names, regions and treaty status in one language, sorted by name as that language sorts.
/// Public data: no actor is needed. Protocols without any imported edition are left out of each status.
/// </summary>
public sealed class CountryProfiles(PalermoDbContext db, TreatyStatusService treatyStatus)
{
    public async Task<IReadOnlyList<CountryProfile>> ListAsync(string language, CancellationToken cancellationToken = default)
    {
        var countries = await db.Countries.AsNoTracking().ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.M49, StringComparer.Ordinal, cancellationToken);
        var status = (await db.TreatyParticipations.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(p => p.CountryIso3, StringComparer.Ordinal);
        var editions = await treatyStatus.CurrentEditionsAsync(cancellationToken);
        var protocols = Enum.GetValues<Protocol>().Where(editions.ContainsKey).ToList();

        RegionName? Region(string? m49) => m49 is not null && regions.TryGetValue(m49, out var r) ? new(r.M49, r.Names.In(language)) : null;

        ProtocolStanding Standing(string iso3, Protocol protocol)
        {
            var row = status[iso3].FirstOrDefault(s => s.Protocol == protocol);
            var edition = editions[protocol];
            return new(protocol, row?.SignatureDate, row?.ConsentDate, row?.ConsentAction, row?.IsParty ?? false, edition.AsOf, edition.Source);
        }

        var comparer = StringComparer.Create(PalermoLanguages.Culture(language), ignoreCase: true);
        return countries
            .Select(c => new CountryProfile(c.Iso3, c.Iso2, c.M49, c.Names.In(language), c.Names.ToDictionary(),
                Region(c.RegionM49), Region(c.SubRegionM49), c.IsRegionalOrganization,
                protocols.Select(p => Standing(c.Iso3, p)).ToList()))
            .OrderBy(c => c.Name, comparer)
            .ToList();
    }
}
