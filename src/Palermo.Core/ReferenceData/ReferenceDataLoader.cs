using Microsoft.EntityFrameworkCore;
using Palermo.Countries;
using Palermo.Data;
using Palermo.TreatyStatus;

namespace Palermo.ReferenceData;

/// <summary>
/// Brings the database's reference data in line with the files shipped in <c>data/</c> at start: countries and
/// regions are refreshed from the generated catalogue; treaty status is seeded once from the 2014 snapshot
/// and afterwards changes only through imports.
/// </summary>
public sealed class ReferenceDataLoader(PalermoDbContext db)
{
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await LoadCountriesAsync(cancellationToken);
        await SeedTreatyStatusAsync(cancellationToken);
    }

    private async Task LoadCountriesAsync(CancellationToken cancellationToken)
    {
        using var summary = db.AuditAsSummary();
        var catalog = CountryCatalogFile.Load(ReferenceDataFiles.Countries);
        var regions = await db.Regions.ToDictionaryAsync(r => r.M49, cancellationToken);
        foreach (var row in catalog.Regions)
        {
            if (!regions.TryGetValue(row.M49, out var region))
                db.Regions.Add(region = new Region { M49 = row.M49 });
            region.Names = LocalizedNames.From(row.Names);
        }
        var countries = await db.Countries.ToDictionaryAsync(c => c.Iso3, cancellationToken);
        foreach (var row in catalog.Countries)
        {
            if (!countries.TryGetValue(row.Iso3, out var country))
                db.Countries.Add(country = new Country { Iso3 = row.Iso3 });
            country.Iso2 = row.Iso2;
            country.M49 = row.M49;
            country.RegionM49 = row.Region;
            country.SubRegionM49 = row.SubRegion;
            country.IsRegionalOrganization = row.IsRegionalOrganization;
            country.Names = LocalizedNames.From(row.Names);
        }
        if (db.ChangeTracker.HasChanges())
        {
            db.Record("reference-data.countries-loaded", nameof(Country), null, details: new { catalog.Generated });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SeedTreatyStatusAsync(CancellationToken cancellationToken)
    {
        if (await db.TreatyStatusEditions.AnyAsync(cancellationToken)) return;
        using var summary = db.AuditAsSummary();
        foreach (var row in StatesParties2014Csv.Read(ReferenceDataFiles.StatesParties2014))
        {
            db.TreatyParticipations.Add(new TreatyParticipation
            {
                CountryIso3 = row.Iso3, Protocol = row.Protocol, SignatureDate = row.Signature, ConsentDate = row.Consent, ConsentAction = row.Action,
            });
        }
        foreach (var protocol in Enum.GetValues<Protocol>())
            db.TreatyStatusEditions.Add(new TreatyStatusEdition { Protocol = protocol, AsOf = StatesParties2014Csv.AsOf, Source = StatesParties2014Csv.Source });
        db.Record("treaty-status.seeded", nameof(TreatyStatusEdition), null);
        await db.SaveChangesAsync(cancellationToken);
    }
}
