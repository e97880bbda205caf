using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Demo;
using Palermo.ReferenceData;

namespace Palermo.Hosting;

/// <summary>At start: apply migrations, load reference data and questionnaires, create roles and (when enabled) demo data.</summary>
public sealed class DatabaseInitializer(PalermoDbContext db, ReferenceDataLoader referenceData, AccountAdministration accounts,
    DemoAccounts demo, DemoKnowledge demoKnowledge, DemoReporting demoReporting, Reporting.QuestionnaireLoader questionnaires,
    Screening.LabourCatalogueStore screeningCatalogue, DemoReferrals demoReferrals,
    PalermoOptions options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Each step is timed: start-up time is a target (bench/), and the log says where it goes.
        await Timed("migrations", async () =>
        {
            await PalermoDatabase.UseWriteAheadLogAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        });
        await Timed("reference data", () => referenceData.LoadAsync(cancellationToken));
        await Timed("questionnaires", () => questionnaires.LoadAsync(cancellationToken));
        await Timed("screening catalogue", () => screeningCatalogue.EnsureSeededAsync(cancellationToken));
        await Timed("roles", accounts.EnsureRolesAsync);
        if (options.Demo.Enabled)
        {
            await Timed("demo accounts", () => demo.EnsureAsync(options.Demo.Password, cancellationToken));
            await Timed("demo knowledge", () => demoKnowledge.EnsureAsync(cancellationToken));
            await Timed("demo reporting", () => demoReporting.EnsureAsync(cancellationToken));
            await Timed("demo referral contacts", () => demoReferrals.EnsureAsync(cancellationToken));
        }
    }

    private async Task Timed(string step, Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        logger.LogInformation("Start-up: {Step} in {Milliseconds} ms", step, clock.ElapsedMilliseconds);
    }
}
