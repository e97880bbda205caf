using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.ReferenceData;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.ReferenceData;

public class ReferenceDataTests
{
    [Theory, AllDatabases]
    public async Task Countries_regions_and_the_2014_treaty_status_load_at_start(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();

        Assert.True(await db.Countries.CountAsync() >= 249);
        var egypt = await db.Countries.SingleAsync(c => c.Iso3 == "EGY");
        Assert.Equal(("EG", "818", "002", "015"), (egypt.Iso2, egypt.M49, egypt.RegionM49, egypt.SubRegionM49));
        Assert.Equal("مصر", egypt.Names.Ar);
        Assert.Equal("埃及", egypt.Names.Zh);
        Assert.Equal("Égypte", egypt.Names.Fr);
        Assert.True((await db.Countries.SingleAsync(c => c.Iso3 == "EUU")).IsRegionalOrganization);

        var tipParties = await db.TreatyParticipations.CountAsync(p => p.Protocol == Protocol.TIP && p.ConsentDate != null);
        Assert.InRange(tipParties, 150, 167);
        var algeria = await db.TreatyParticipations.SingleAsync(p => p.CountryIso3 == "DZA" && p.Protocol == Protocol.SOM);
        Assert.Equal(new DateOnly(2004, 3, 9), algeria.ConsentDate);
        Assert.Equal(ConsentAction.Ratification, algeria.ConsentAction);
        var editions = await db.TreatyStatusEditions.ToListAsync();
        Assert.All(editions, e => Assert.Equal(new DateOnly(2013, 12, 13), e.AsOf));
        Assert.Equal(2, editions.Count);
    }

    [Theory, AllDatabases]
    public async Task Loading_again_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var auditBefore = await db.AuditEntries.CountAsync();
        var participationsBefore = await db.TreatyParticipations.CountAsync();

        await scope.ServiceProvider.GetRequiredService<ReferenceDataLoader>().LoadAsync();

        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
        Assert.Equal(participationsBefore, await db.TreatyParticipations.CountAsync());
    }
}
