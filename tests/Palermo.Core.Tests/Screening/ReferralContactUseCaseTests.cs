using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Data;
using Palermo.Screening;
using Palermo.Testing;
using Palermo.Tests.Access;

namespace Palermo.Core.Tests.Screening;

/// <summary>The referral-contact use cases decide who may change which country's contacts themselves, whatever front door asks.</summary>
public class ReferralContactUseCaseTests
{
    private static ReferralContactInput Contact(string country, string name = "Hotline") =>
        new(country, "hotline", new Dictionary<string, string?> { ["en"] = name }, null, "+20 16000", null, null);

    [Theory, AllDatabases]
    public async Task A_focal_point_of_another_country_cannot_change_or_remove_a_contact(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReferralContactService>();
        var created = await service.CreateAsync(Actors.Named("focal-EGY"), Contact("EGY"), TestContext.Current.CancellationToken);
        var id = created.Value!.Id;

        var nigeria = Actors.Named("focal-NGA");
        var update = await service.UpdateAsync(nigeria, id, Contact("EGY", "Changed"), TestContext.Current.CancellationToken);
        var delete = await service.DeleteAsync(nigeria, id, TestContext.Current.CancellationToken);

        Assert.Equal(ProblemCodes.Forbidden, update.Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, delete.Problem?.Code);
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        var stored = await db.ReferralContacts.AsNoTracking().SingleAsync(c => c.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal("Hotline", stored.Names.En);
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_can_neither_add_to_nor_move_a_contact_into_another_country(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReferralContactService>();
        var egypt = Actors.Named("focal-EGY");
        var own = await service.CreateAsync(egypt, Contact("EGY"), TestContext.Current.CancellationToken);

        var elsewhere = await service.CreateAsync(egypt, Contact("NGA"), TestContext.Current.CancellationToken);
        var moved = await service.UpdateAsync(egypt, own.Value!.Id, Contact("NGA"), TestContext.Current.CancellationToken);
        var byAdmin = await service.UpdateAsync(Actors.Named("admin"), own.Value.Id, Contact("NGA"), TestContext.Current.CancellationToken);

        Assert.Equal(ProblemCodes.Forbidden, elsewhere.Problem?.Code);
        Assert.Equal(ProblemCodes.Forbidden, moved.Problem?.Code);
        Assert.Equal("NGA", byAdmin.Value?.CountryIso3);
    }

    [Theory, AllDatabases]
    public async Task Refused_values_are_one_invalid_input_problem_and_a_missing_contact_is_not_found(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<ReferralContactService>();
        var admin = Actors.Named("admin");

        var invalid = await service.CreateAsync(admin, new ReferralContactInput("EGY", "pigeon", null, null, null, "ftp://x", null), TestContext.Current.CancellationToken);
        var missing = await service.DeleteAsync(admin, Guid.NewGuid(), TestContext.Current.CancellationToken);

        Assert.Equal(ProblemCodes.InvalidInput, invalid.Problem?.Code);
        Assert.Equal(["referral-kind-unknown", "referral-name-required", "referral-url-invalid"], invalid.Problem!.FieldErrors.Select(e => e.Code));
        Assert.Equal(ProblemCodes.NotFound, missing.Problem?.Code);
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        Assert.Equal(0, await db.ReferralContacts.CountAsync(c => !c.IsDemo, TestContext.Current.CancellationToken));
    }
}
