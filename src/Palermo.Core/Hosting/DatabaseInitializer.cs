using Microsoft.EntityFrameworkCore;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Demo;
using Palermo.ReferenceData;

namespace Palermo.Hosting;

/// <summary>At start: apply migrations, load reference data, create roles and (when enabled) demo accounts.</summary>
public sealed class DatabaseInitializer(PalermoDbContext db, ReferenceDataLoader referenceData, AccountAdministration accounts,
    DemoAccounts demo, PalermoOptions options, Reporting.QuestionnaireLoader questionnaires, DemoReporting demoReporting)
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
            await demoReporting.EnsureAsync(cancellationToken);
        }
    }
}
