using Palermo.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Palermo.Accounts;
using Palermo.Data;
using Palermo.Hosting;
using Palermo.Testing;
using Palermo.Tests.Data;

namespace Palermo.Tests.Accounts;

public class AccountsTests
{
    private const string Password = "Correct-Horse-42";

    [Theory, AllDatabases]
    public async Task An_account_needs_a_known_role_a_known_country_and_a_strong_password(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PalermoUser>>();

        var unknownCountry = await accounts.CreateAsync(new("a@example.org", PalermoRoles.FocalPoint, "XYZ", null, "A", Password));
        var noCountry = await accounts.CreateAsync(new("b@example.org", PalermoRoles.Contributor, null, null, "B", Password));
        var noAgency = await accounts.CreateAsync(new("c@example.org", PalermoRoles.CompetentAuthorityOfficer, "EGY", null, "C", Password));
        var weak = await accounts.CreateAsync(new("d@example.org", PalermoRoles.FocalPoint, "EGY", null, "D", "short"));
        var badRole = await accounts.CreateAsync(new("e@example.org", "Emperor", null, null, "E", Password));

        Assert.Equal("unknown-country", Assert.Single(unknownCountry.Problem!.FieldErrors).Code);
        Assert.Equal("country-required", Assert.Single(noCountry.Problem!.FieldErrors).Code);
        Assert.Equal("agency-required", Assert.Single(noAgency.Problem!.FieldErrors).Code);
        Assert.Contains(weak.Problem!.FieldErrors, p => p.Code == "identity-PasswordTooShort");
        Assert.Contains(badRole.Problem!.FieldErrors, p => p.Code == "unknown-role");
        Assert.Equal(0, await users.Users.CountAsync());

        var ok = await accounts.CreateAsync(new("focal@example.org", PalermoRoles.FocalPoint, "egy", null, "Focal", Password, "ar"));
        Assert.True(ok.Succeeded);
        Assert.Equal("EGY", ok.Value!.CountryIso3);
        Assert.True(await users.IsInRoleAsync(ok.Value, PalermoRoles.FocalPoint));
    }

    [Theory, AllDatabases]
    public async Task Lockout_follows_repeated_failures(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PalermoUser>>();
        var user = (await accounts.CreateAsync(new("f@example.org", PalermoRoles.Practitioner, null, null, "F", Password))).Value!;

        for (var i = 0; i < 5; i++) await users.AccessFailedAsync(user);

        Assert.True(await users.IsLockedOutAsync(user));
    }

    [Theory, AllDatabases]
    public async Task A_focal_point_invites_contributors_of_their_own_country_only(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var focal = Actor.Of("focal-1", [PalermoRoles.FocalPoint], "EGY");

        var otherCountry = await invitations.InviteAsync(focal, new("x@example.org", PalermoRoles.Contributor, "ITA", null, "ar"));
        var otherRole = await invitations.InviteAsync(focal, new("y@example.org", PalermoRoles.FocalPoint, "EGY", null, "ar"));
        var contributor = Actor.Of("c-1", [PalermoRoles.Contributor], "EGY");
        var notAllowed = await invitations.InviteAsync(contributor, new("z@example.org", PalermoRoles.Contributor, "EGY", null, "ar"));

        Assert.Contains(otherCountry.Problem!.FieldErrors, p => p.Code == "other-country");
        Assert.Contains(otherRole.Problem!.FieldErrors, p => p.Code == "may-not-invite-role");
        Assert.Contains(notAllowed.Problem!.FieldErrors, p => p.Code == "may-not-invite-role");
        var db = scope.ServiceProvider.GetRequiredService<PalermoDbContext>();
        Assert.Equal(0, await db.Invitations.CountAsync());
        Assert.False(Directory.Exists(Path.Combine(database.DataDirectory, "mail-pickup")));
    }

    [Theory, AllDatabases]
    public async Task An_invitation_is_mailed_in_the_invitees_language_and_accepted_once(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        var secretariat = Actor.Of("admin-1", [PalermoRoles.SecretariatAdmin]);

        var invited = await invitations.InviteAsync(secretariat, new("new.focal@example.org", PalermoRoles.FocalPoint, "JOR", null, "ar"));
        Assert.True(invited.Succeeded);

        var mail = await MimeMessage.LoadAsync(Directory.GetFiles(Path.Combine(database.DataDirectory, "mail-pickup")).Single());
        Assert.Equal("new.focal@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Equal("دعوتك إلى باليرمو", mail.Subject);
        var link = (mail.TextBody ?? "").Split('\n').Single(l => l.Contains("/account/accept-invitation", StringComparison.Ordinal)).Trim();
        var token = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(token, link[..link.IndexOf('#', StringComparison.Ordinal)], StringComparison.Ordinal);
        var stored = await scope.ServiceProvider.GetRequiredService<PalermoDbContext>().Invitations.SingleAsync();
        Assert.NotEqual(token, stored.TokenHash);

        var accepted = await invitations.AcceptAsync(token, "Jordan focal point", Password);
        Assert.True(accepted.Succeeded);
        Assert.Equal(("JOR", "ar"), (accepted.Value!.CountryIso3, accepted.Value.PreferredLanguage));
        var again = await invitations.AcceptAsync(token, "Someone else", Password);
        Assert.Equal("invalid-invitation", Assert.Single(again.Problem!.FieldErrors).Code);
    }

    [Theory, AllDatabases]
    public async Task Invitations_of_other_countries_are_invisible_outside_the_secretariat(DatabaseEngine engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await using var services = await database.StartServicesAsync();
        await using (var system = ContextFactory.As(services, SystemDataScope.Instance))
        {
            foreach (var country in new[] { "EGY", "ITA", "ITA" })
                system.Invitations.Add(new Invitation { Email = $"{Guid.NewGuid():N}@example.org", Role = PalermoRoles.Contributor, CountryIso3 = country, TokenHash = Guid.NewGuid().ToString("N"), ExpiresAt = DateTimeOffset.UtcNow.AddDays(1) });
            await system.SaveChangesAsync();
        }

        await using var egypt = ContextFactory.As(services, new ContextFactory.Scope(false, "EGY"));
        await using var anonymous = ContextFactory.As(services, new ContextFactory.Scope(false, null));
        await using var secretariat = ContextFactory.As(services, new ContextFactory.Scope(true, null));

        Assert.Equal(["EGY"], await egypt.Invitations.Select(i => i.CountryIso3).ToListAsync());
        Assert.Equal(0, await egypt.Invitations.CountAsync(i => i.CountryIso3 == "ITA"));
        Assert.Equal(0, await anonymous.Invitations.CountAsync());
        Assert.Equal(3, await secretariat.Invitations.CountAsync());
    }
}
