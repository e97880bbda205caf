using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Demo;
using Palermo.ReferenceData;

namespace Palermo.Hosting;

/// <summary>At start: apply migrations, load reference data and questionnaires, create roles and (when enabled) demo data.</summary>
public sealed class DatabaseInitializer(PalermoDbContext db, ReferenceDataLoader referenceData, AccountAdministration accounts,
    DemoAccounts demo, DemoKnowledge demoKnowledge, DemoReporting demoReporting, Reporting.QuestionnaireLoader questionnaires,
    PalermoOptions options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await referenceData.LoadAsync(cancellationToken);
        await questionnaires.LoadAsync(cancellationToken);
        await accounts.EnsureRolesAsync();
        if (options.Demo.Enabled)
        {
            await demo.EnsureAsync(options.Demo.Password, cancellationToken);
            await demoKnowledge.EnsureAsync(cancellationToken);
            await demoReporting.EnsureAsync(cancellationToken);
        }
    }
}
