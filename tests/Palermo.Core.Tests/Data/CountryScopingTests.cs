using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.TreatyStatus;

namespace Palermo.Tests.Data;

/// <summary>What the generated country filters let each reader see, on both engines.</summary>
public class CountryScopingTests
{
    [Theory, AllDatabases]
    public async Task A_country_user_reads_own_country_rows_and_public_submissions_only(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await SeedAsync(services);

        await using var egypt = ContextFactory.As(services, new ContextFactory.Scope(false, "EGY"));
        Assert.Equal(["EGY"], await egypt.Invitations.Select(i => i.CountryIso3!).ToListAsync());
        Assert.Equal(["EGY"], await egypt.LabourAssessmentRecords.Select(r => r.CountryIso3).ToListAsync());
        Assert.Equal(["DEU", "EGY"], await egypt.Submissions.Select(s => s.CountryIso3).OrderBy(c => c).ToListAsync());

        await using var anonymous = ContextFactory.As(services, new ContextFactory.Scope(false, null));
        Assert.Empty(await anonymous.Invitations.ToListAsync());
        Assert.Empty(await anonymous.LabourAssessmentRecords.ToListAsync());
        Assert.Equal(["DEU"], await anonymous.Submissions.Select(s => s.CountryIso3).ToListAsync());

        await using var secretariat = ContextFactory.As(services, new ContextFactory.Scope(true, null));
        Assert.Equal(2, await secretariat.Invitations.CountAsync());
        Assert.Equal(2, await secretariat.LabourAssessmentRecords.CountAsync());
        Assert.Equal(3, await secretariat.Submissions.CountAsync());
    }

    /// <summary>Egypt and France each own an invitation, a screening record and a private submission; Germany published its submission.</summary>
    private static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var cycle = await scope.ServiceProvider.GetRequiredService<CycleService>()
            .CreateAsync(Protocol.TIP, null, new DateOnly(2014, 1, 1), new DateOnly(2014, 6, 30));
        await using var system = ContextFactory.As(services, SystemDataScope.Instance);
        foreach (var country in new[] { "EGY", "FRA" })
        {
            system.Invitations.Add(new Invitation
            {
                Email = $"{country}@example.org", Role = PalermoRoles.Contributor, CountryIso3 = country,
                TokenHash = country, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
            system.LabourAssessmentRecords.Add(new LabourAssessmentRecord
            {
                CountryIso3 = country, Outcome = "none", CatalogueId = "ilo", RecordedOn = new DateOnly(2014, 2, 1),
            });
            system.Submissions.Add(new Submission { CycleId = cycle.Value!.Id, CountryIso3 = country });
        }
        system.Submissions.Add(new Submission { CycleId = cycle.Value!.Id, CountryIso3 = "DEU", IsPublic = true });
        await system.SaveChangesAsync();
    }
}
