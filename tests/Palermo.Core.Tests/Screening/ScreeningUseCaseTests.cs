using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Core.Tests.Screening;

/// <summary>Saving a screening, reading its statistics and editing the catalogue, asked as an actor of Core.</summary>
public class ScreeningUseCaseTests
{
    /// <summary>EX01 (strong) and EX02 (medium) for an adult.</summary>
    private static readonly string[] Indicators = ["EX01", "EX02"];

    private static LabourAssessmentAsk Saving(string? country = null) =>
        new("adult", false, Indicators, Save: true, new AnonymousRecordInput(country, null, null, null));

    [Theory, AllDatabases]
    public async Task An_anonymous_save_is_refused_before_anything_is_stored_and_a_record_takes_the_actors_country(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var recorder = scope.ServiceProvider.GetRequiredService<LabourAssessmentRecorder>();

        var anonymous = await recorder.AssessAsync(Actor.Anonymous, Saving("EGY"), TestContext.Current.CancellationToken);
        var unsaved = await recorder.AssessAsync(Actor.Anonymous, Saving("EGY") with { Save = false }, TestContext.Current.CancellationToken);
        var saved = await recorder.AssessAsync(Actors.Named("practitioner-EGY"), Saving(), TestContext.Current.CancellationToken);

        Assert.Equal(ProblemCodes.ScreeningSaveRequiresSignIn, anonymous.Problem?.Code);
        Assert.False(unsaved.Value!.Saved);
        Assert.Equal("EGY", saved.Value!.Record!.CountryIso3);
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        Assert.Equal(1, await db.LabourAssessmentRecords.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory, AllDatabases]
    public async Task Statistics_count_a_focal_points_own_country_only_and_every_country_for_the_secretariat(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using (var seed = services.CreateScope())
        {
            var recorder = seed.ServiceProvider.GetRequiredService<LabourAssessmentRecorder>();
            foreach (var country in new[] { "EGY", "EGY", "NGA" })
                Assert.True((await recorder.AssessAsync(Actors.Named("admin"), Saving(country), TestContext.Current.CancellationToken)).Succeeded);
        }
        // The unit of work here sees every country (trusted code): the query itself must apply the actor's rule.
        using var scope = services.CreateScope();
        var statistics = scope.ServiceProvider.GetRequiredService<LabourAssessmentStatistics>();
        var all = new StatisticsFilter(null, null, null);

        var egypt = await statistics.ComputeAsync(Actors.Named("focal-EGY"), all, TestContext.Current.CancellationToken);
        var asked = await statistics.ComputeAsync(Actors.Named("focal-EGY"), all with { Country = "NGA" }, TestContext.Current.CancellationToken);
        var secretariat = await statistics.ComputeAsync(Actors.Named("analyst"), all, TestContext.Current.CancellationToken);
        var practitioner = await statistics.ComputeAsync(Actors.Named("practitioner-EGY"), all, TestContext.Current.CancellationToken);

        Assert.Equal(2, egypt.Value!.Total);
        Assert.Equal(["EGY"], egypt.Value.ByCountry.Select(c => c.Key));
        Assert.Equal(0, asked.Value!.Total);
        Assert.Equal(3, secretariat.Value!.Total);
        Assert.Equal(["EGY", "NGA"], secretariat.Value.ByCountry.Select(c => c.Key));
        Assert.Equal(ProblemCodes.Forbidden, practitioner.Problem?.Code);
    }

    [Theory, AllDatabases]
    public async Task Only_the_secretariat_administrator_edits_the_catalogue(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<LabourCatalogueStore>();
        var edit = new LabourCatalogueEdit(1, [new IndicatorEdit("EX01", new WeightEdit(Adult: "weak"))]);

        var analyst = await store.SaveAsync(Actors.Named("analyst"), edit, null, TestContext.Current.CancellationToken);
        var admin = await store.SaveAsync(Actors.Named("admin"), edit, null, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemCodes.Forbidden, analyst.Problem?.Code);
        Assert.Equal((true, 2), (admin.Value!.Created, admin.Value.Version.Version));
    }
}
