using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Core.Tests.Screening;

/// <summary>A screening record counts for its saver's country: nobody adds to another country's statistics but the secretariat.</summary>
public class RecordCountryTests
{
    private static LabourAssessmentAsk Saving(string? country) =>
        new("adult", false, ["EX01"], Save: true, new AnonymousRecordInput(country, null, null, null));

    [Theory, AllDatabases]
    public async Task Another_country_is_refused_naming_country_own_country_is_kept_and_the_secretariat_names_any(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var recorder = scope.ServiceProvider.GetRequiredService<LabourAssessmentRecorder>();
        var ct = TestContext.Current.CancellationToken;

        var foreign = await recorder.AssessAsync(Actors.Named("officer-EGY"), Saving("NGA"), ct);
        var own = await recorder.AssessAsync(Actors.Named("officer-EGY"), Saving(" egy "), ct);
        var secretariat = await recorder.AssessAsync(Actors.Named("admin"), Saving("NGA"), ct);

        Assert.Equal(ProblemCodes.InvalidInput, foreign.Problem?.Code);
        Assert.Equal(new FieldError("country", "screening-country-not-yours", "NGA"), Assert.Single(foreign.Problem!.FieldErrors));
        Assert.Equal("EGY", own.Value!.Record!.CountryIso3);
        Assert.Equal("NGA", secretariat.Value!.Record!.CountryIso3);
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var stored = await db.LabourAssessmentRecords.AsNoTracking().Select(r => r.CountryIso3).OrderBy(c => c).ToListAsync(ct);
        Assert.Equal(["EGY", "NGA"], stored);
    }
}
