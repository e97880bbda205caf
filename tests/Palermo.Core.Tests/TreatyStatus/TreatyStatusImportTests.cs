using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.TreatyStatus;

public class TreatyStatusImportTests
{
    private static string Sample => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "treaty-status", "samples", "untc-tip-sample.tsv"));

    [Theory, AllDatabases]
    public async Task A_valid_table_replaces_the_protocol_status_and_records_its_as_of_date(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<TreatyStatusService>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var somBefore = await db.TreatyParticipations.CountAsync(p => p.Protocol == Protocol.SOM);

        var result = await service.ImportUntcTableAsync(Protocol.TIP, Sample, new DateOnly(2026, 11, 1), "admin");

        Assert.True(result.Applied);
        Assert.Equal(9, result.RowCount);
        var japan = await db.TreatyParticipations.AsNoTracking().SingleAsync(p => p.CountryIso3 == "JPN" && p.Protocol == Protocol.TIP);
        Assert.Equal((new DateOnly(2017, 7, 11), ConsentAction.Acceptance), (japan.ConsentDate!.Value, japan.ConsentAction!.Value));
        Assert.Equal(9, await db.TreatyParticipations.CountAsync(p => p.Protocol == Protocol.TIP));
        Assert.Equal(somBefore, await db.TreatyParticipations.CountAsync(p => p.Protocol == Protocol.SOM));
        var editions = await service.CurrentEditionsAsync();
        Assert.Equal(new DateOnly(2026, 11, 1), editions[Protocol.TIP].AsOf);
        Assert.Equal(new DateOnly(2013, 12, 13), editions[Protocol.SOM].AsOf);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "treaty-status.imported"));
    }

    [Theory, AllDatabases]
    public async Task An_invalid_table_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<TreatyStatusService>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var before = await db.TreatyParticipations.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.CountryIso3, p.Protocol, p.ConsentDate }).ToListAsync();
        var editionsBefore = await db.TreatyStatusEditions.CountAsync();

        var broken = Sample + "Atlantis\t12 Dec 2000\t1 Jan 2001\n";
        var result = await service.ImportUntcTableAsync(Protocol.TIP, broken, new DateOnly(2026, 11, 1), "admin");

        Assert.False(result.Applied);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((11, "unknown-participant"), (problem.Line, problem.Code));
        var after = await db.TreatyParticipations.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.CountryIso3, p.Protocol, p.ConsentDate }).ToListAsync();
        Assert.Equal(before, after);
        Assert.Equal(editionsBefore, await db.TreatyStatusEditions.CountAsync());
    }
}
