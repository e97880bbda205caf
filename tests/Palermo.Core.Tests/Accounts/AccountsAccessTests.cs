using Palermo.Access;
using Palermo.Accounts;
using Palermo.Tests.Access;

namespace Palermo.Tests.Accounts;

/// <summary>The rules of accounts as a table.</summary>
public sealed class AccountsAccessTests
{
    [Theory]
    [InlineData("admin", AccountsPermission.Invite, true)]
    [InlineData("focal-EGY", AccountsPermission.Invite, true)]
    [InlineData("analyst", AccountsPermission.Invite, false)]
    [InlineData("contributor-EGY", AccountsPermission.Invite, false)]
    [InlineData("analyst", AccountsPermission.ListUsers, true)]
    [InlineData("focal-EGY", AccountsPermission.ListUsers, true)]
    [InlineData("officer-EGY", AccountsPermission.ListUsers, false)]
    [InlineData("partner", AccountsPermission.ListUsers, false)]
    public void Feature_rules(string actor, AccountsPermission permission, bool may) =>
        Assert.Equal(may, Actors.Named(actor).Can(permission));

    [Theory]
    [InlineData("admin", PalermoRoles.FocalPoint, true)]
    [InlineData("admin", PalermoRoles.SecretariatAnalyst, true)]
    [InlineData("admin", "Emperor", false)]
    [InlineData("focal-EGY", PalermoRoles.Contributor, true)]
    [InlineData("focal-EGY", PalermoRoles.FocalPoint, false)]
    [InlineData("analyst", PalermoRoles.Contributor, false)]
    [InlineData("contributor-EGY", PalermoRoles.Contributor, false)]
    public void Whom_one_may_invite(string actor, string role, bool may) =>
        Assert.Equal(may, Actors.Named(actor).MayInvite(role));

    [Theory]
    [InlineData("admin", "NGA", true)]
    [InlineData("admin", null, true)]
    [InlineData("focal-EGY", "EGY", true)]
    [InlineData("focal-EGY", "NGA", false)]
    [InlineData("focal-EGY", null, false)]
    public void Into_which_country(string actor, string? country, bool may) =>
        Assert.Equal(may, Actors.Named(actor).MayInviteInto(country));

    [Theory]
    [InlineData("analyst", "NGA", AccessDecision.Allowed)]
    [InlineData("focal-EGY", "EGY", AccessDecision.Allowed)]
    [InlineData("focal-EGY", "NGA", AccessDecision.Hidden)]
    [InlineData("focal-EGY", null, AccessDecision.Hidden)]
    [InlineData("officer-EGY", "EGY", AccessDecision.Allowed)]
    public void Reading_another_user(string actor, string? country, AccessDecision expected) =>
        Assert.Equal(expected, Actors.Named(actor).Decide(AccountsPermission.ReadUser, new PalermoUser { CountryIso3 = country }));
}
