using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.TreatyStatus;

public class TreatyStatusImportTests
{
    private static readonly Actor Admin = Actor.Of("admin", [PalermoRoles.SecretariatAdmin]);

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

        var result = await service.ImportUntcTableAsync(Admin, Protocol.TIP, Sample, new DateOnly(2026, 11, 1));

        Assert.True(result.Succeeded);
        Assert.Equal(9, result.Value.RowCount);
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
        var result = await service.ImportUntcTableAsync(Admin, Protocol.TIP, broken, new DateOnly(2026, 11, 1));

        Assert.False(result.Succeeded);
        Assert.Equal(ProblemCodes.ImportRejected, result.Problem.Code);
        var problem = Assert.Single(TreatyStatusImportProblems.LinesOf(result.Problem));
        Assert.Equal((11, "unknown-participant"), (problem.Line, problem.Code));
        var after = await db.TreatyParticipations.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.CountryIso3, p.Protocol, p.ConsentDate }).ToListAsync();
        Assert.Equal(before, after);
        Assert.Equal(editionsBefore, await db.TreatyStatusEditions.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task Only_the_secretariat_administrator_imports_and_a_refusal_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<TreatyStatusService>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var editionsBefore = await db.TreatyStatusEditions.CountAsync();

        var analyst = await service.ImportUntcTableAsync(Actor.Of("analyst", [PalermoRoles.SecretariatAnalyst]), Protocol.TIP, Sample, new DateOnly(2026, 11, 1));
        var focal = await service.ImportUntcTableAsync(Actor.Of("focal", [PalermoRoles.FocalPoint], "EGY"), Protocol.TIP, Sample, new DateOnly(2026, 11, 1));
        var system = await service.ImportUntcTableAsync(Actor.System, Protocol.TIP, Sample, new DateOnly(2026, 11, 1));

        Assert.Equal(ProblemCodes.Forbidden, analyst.Problem!.Code);
        Assert.Equal(ProblemCodes.Forbidden, focal.Problem!.Code);
        Assert.True(system.Succeeded);
        Assert.Equal(editionsBefore + 1, await db.TreatyStatusEditions.CountAsync());
    }
}
