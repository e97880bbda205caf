using Microsoft.Extensions.DependencyInjection;
using Palermo.Access;
using Palermo.Accounts;
using Palermo.Testing;

namespace Palermo.Tests.Accounts;

/// <summary>The directory applies the accounts rules itself, whatever data scope its unit of work was opened with.</summary>
public class UserDirectoryTests
{
    private const string Password = "Correct-Horse-42";

    [Theory, AllDatabases]
    public async Task A_focal_point_sees_their_own_countrys_users_and_another_countrys_user_is_not_found(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var egyptian = (await accounts.CreateAsync(new("focal@example.org", PalermoRoles.FocalPoint, "EGY", null, "Focal", Password))).Value!;
        var italian = (await accounts.CreateAsync(new("italy@example.org", PalermoRoles.Contributor, "ITA", null, "Italy", Password))).Value!;
        var focal = Actor.Of(egyptian.Id, [PalermoRoles.FocalPoint], "EGY");

        var listed = await directory.ListAsync(focal);
        var foreign = await directory.FindAsync(focal, italian.Id);
        var own = await directory.FindAsync(focal, egyptian.Id);

        Assert.Equal(["focal@example.org"], listed.Value!.Select(u => u.Email));
        Assert.Equal(ProblemCodes.NotFound, foreign.Problem!.Code);
        Assert.Equal([PalermoRoles.FocalPoint], own.Value!.Roles);
        var everyone = await directory.ListAsync(Actor.Of("analyst", [PalermoRoles.SecretariatAnalyst]));
        Assert.Equal(["focal@example.org", "italy@example.org"], everyone.Value!.Select(u => u.Email));
    }

    [Theory, AllDatabases]
    public async Task A_contributor_may_not_list_users_but_anyone_signed_in_reads_themselves(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var practitioner = (await accounts.CreateAsync(new("p@example.org", PalermoRoles.Practitioner, null, null, "P", Password))).Value!;

        var listed = await directory.ListAsync(Actor.Of("c-1", [PalermoRoles.Contributor], "EGY"));
        var self = await directory.SelfAsync(Actor.Of(practitioner.Id, [PalermoRoles.Practitioner]));
        var nobody = await directory.SelfAsync(Actor.Anonymous);

        Assert.Equal(ProblemCodes.Forbidden, listed.Problem!.Code);
        Assert.Equal("p@example.org", self.Value!.Email);
        Assert.Equal(ProblemCodes.NotFound, nobody.Problem!.Code);
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_sees_only_invitations_into_their_own_country(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var directory = scope.ServiceProvider.GetRequiredService<UserDirectory>();
        var secretariat = Actor.Of("admin-1", [PalermoRoles.SecretariatAdmin]);
        Assert.True((await invitations.InviteAsync(secretariat, new("e@example.org", PalermoRoles.Contributor, "EGY", null, "en"))).Succeeded);
        Assert.True((await invitations.InviteAsync(secretariat, new("i@example.org", PalermoRoles.Contributor, "ITA", null, "en"))).Succeeded);

        var focal = await directory.InvitationsAsync(Actor.Of("focal-1", [PalermoRoles.FocalPoint], "EGY"));
        var all = await directory.InvitationsAsync(secretariat);
        var contributor = await directory.InvitationsAsync(Actor.Of("c-1", [PalermoRoles.Contributor], "EGY"));

        Assert.Equal(["e@example.org"], focal.Value!.Select(i => i.Email));
        Assert.Equal(2, all.Value!.Count);
        Assert.Equal(ProblemCodes.Forbidden, contributor.Problem!.Code);
    }
}
