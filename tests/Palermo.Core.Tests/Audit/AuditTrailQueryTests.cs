using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Testing;

namespace Palermo.Tests.Audit;

/// <summary>The trail's one reading entry point: only the secretariat reads it, and the streamed verification sees every entry.</summary>
public class AuditTrailQueryTests
{
    [Theory, AllDatabases]
    public async Task The_streamed_verification_checks_every_entry_and_names_a_forged_last_one(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrailQuery>();
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var total = await db.AuditEntries.LongCountAsync();
        var lastId = await db.AuditEntries.MaxAsync(a => a.Id);
        var heard = new List<long>();

        var intact = await trail.VerifyAsync(Actor.System, heard.Add);
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Details\" = 'forged' WHERE \"Id\" = {lastId}");
        var forged = await trail.VerifyAsync(Actor.System);

        Assert.Equal((true, total), (intact.Value!.Intact, intact.Value.EntriesChecked));
        Assert.Equal(total, heard[^1]);
        Assert.Equal((lastId, "content-altered"), (forged.Value!.FirstBreak!.EntryId, forged.Value.FirstBreak.Reason));
    }

    [Theory, AllDatabases]
    public async Task Only_the_secretariat_browses_or_verifies_the_trail(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrailQuery>();
        var focal = Actor.Of("focal", [PalermoRoles.FocalPoint], "EGY");

        var browsed = await trail.SearchAsync(focal, new AuditFilter());
        var verified = await trail.VerifyAsync(focal);
        var analyst = await trail.SearchAsync(Actor.Of("analyst", [PalermoRoles.SecretariatAnalyst]), new AuditFilter { Page = 0 });

        Assert.Equal(ProblemCodes.Forbidden, browsed.Problem!.Code);
        Assert.Equal(ProblemCodes.Forbidden, verified.Problem!.Code);
        Assert.Equal(1, analyst.Value!.Page);
        Assert.NotEmpty(analyst.Value.Entries);
    }
}
