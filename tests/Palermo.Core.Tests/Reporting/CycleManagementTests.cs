using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Testing;
using Palermo.Tests.Access;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Reporting;

/// <summary>The secretariat's cycle use cases authorize themselves: nobody else creates, moves, extends, reminds or exports.</summary>
public sealed class CycleManagementTests
{
    [Theory, AllDatabases]
    public async Task Only_the_secretariat_manages_cycles_and_a_refusal_changes_nothing(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartActingServicesAsync();
        int id;
        await using (var scope = services.As(Actors.Named("analyst")))
        {
            var created = await scope.ServiceProvider.GetRequiredService<CycleManagement>()
                .CreateAsync(Actors.Named("analyst"), Protocol.TIP, null, new DateOnly(2014, 1, 1), new DateOnly(2014, 6, 30));
            Assert.True(created.Succeeded);
            id = created.Value!.Cycle.Id;
        }

        foreach (var name in new[] { "focal-EGY", "contributor-EGY", "officer-EGY", "partner", "anonymous" })
        {
            var actor = Actors.Named(name);
            await using var scope = services.As(actor);
            var management = scope.ServiceProvider.GetRequiredService<CycleManagement>();
            Assert.Equal(ProblemCodes.Forbidden, (await management.CreateAsync(actor, Protocol.SOM, null, new DateOnly(2014, 1, 1), new DateOnly(2014, 6, 30))).Problem?.Code);
            Assert.Equal(ProblemCodes.Forbidden, (await management.MoveAsync(actor, id, CycleState.Open)).Problem?.Code);
            Assert.Equal(ProblemCodes.Forbidden, (await management.ExtendAsync(actor, id, "EGY", new DateOnly(2014, 9, 30))).Problem?.Code);
            Assert.Equal(ProblemCodes.Forbidden, (await management.RemindAsync(actor, id, null)).Problem?.Code);
            Assert.Equal(ProblemCodes.Forbidden, (await management.ExportAsync(actor, id, "en", "csv", withAnalysis: false)).Problem?.Code);
        }

        await using (var scope = services.As(Actor.System))
        {
            var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
            Assert.Equal(1, await db.Cycles.CountAsync());
            Assert.Equal(CycleState.Draft, (await db.Cycles.SingleAsync()).State);
            Assert.Equal(0, await db.DeadlineExtensions.CountAsync());
            Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "reporting.exported"));
        }

        await using (var scope = services.As(Actors.Named("admin")))
        {
            var management = scope.ServiceProvider.GetRequiredService<CycleManagement>();
            Assert.Equal(CycleState.Open, (await management.MoveAsync(Actors.Named("admin"), id, CycleState.Open)).Value?.Cycle.State);
            Assert.Equal(ProblemCodes.NotFound, (await management.RemindAsync(Actors.Named("admin"), id + 1000, null)).Problem?.Code);
            var export = await management.ExportAsync(Actors.Named("admin"), id, "ar", "csv", withAnalysis: false);
            Assert.True(export.Succeeded);
            Assert.Contains(export.Value!.Rows, r => r.Iso3 == "EGY" && r.Name == "مصر");
        }
    }
}
