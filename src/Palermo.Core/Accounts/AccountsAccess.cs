using Palermo.Access;

namespace Palermo.Accounts;

/// <summary>What account administration lets an actor do.</summary>
public enum AccountsPermission
{
    /// <summary>Invite people: the secretariat administrator (any role, any country) and focal points (contributors of their own country).</summary>
    Invite,

    /// <summary>List users: the secretariat (everyone) and focal points (their own country's, by the data scope).</summary>
    ListUsers,

    /// <summary>Read one user's entry: the secretariat, or someone of the same country; anyone else is told it does not exist.</summary>
    ReadUser,
}

/// <summary>The rules of accounts, stated once.</summary>
public static class AccountsAccess
{
    private static readonly string[] Inviters = [PalermoRoles.SecretariatAdmin, PalermoRoles.FocalPoint];
    private static readonly string[] Directory = [PalermoRoles.SecretariatAdmin, PalermoRoles.SecretariatAnalyst, PalermoRoles.FocalPoint];

    public static bool Can(this Actor actor, AccountsPermission permission) => permission switch
    {
        AccountsPermission.Invite => actor.IsAny(Inviters),
        AccountsPermission.ListUsers => actor.IsAny(Directory),
        _ => actor.IsSignedIn,
    };

    /// <summary>Reading another user: their country decides.</summary>
    public static AccessDecision Decide(this Actor actor, AccountsPermission permission, PalermoUser user) =>
        actor.IsSecretariat || actor.BelongsTo(user.CountryIso3)
            ? AccessDecisions.AllowIf(actor.Can(permission))
            : AccessDecision.Hidden;

    /// <summary>Whom the actor may invite: the secretariat administrator anyone, a focal point only contributors.</summary>
    public static bool MayInvite(this Actor actor, string invitedRole)
    {
        if (actor.IsSecretariatAdmin) return PalermoRoles.IsKnown(invitedRole);
        return actor.Is(PalermoRoles.FocalPoint) && invitedRole == PalermoRoles.Contributor;
    }

    /// <summary>Into which country: the secretariat administrator any, everyone else their own.</summary>
    public static bool MayInviteInto(this Actor actor, string? countryIso3) =>
        actor.IsSecretariatAdmin || string.Equals(countryIso3, actor.CountryIso3, StringComparison.Ordinal);

    /// <summary>Whether the actor picks the invited person's country, or invites into their own.</summary>
    public static bool ChoosesInvitationCountry(this Actor actor) => actor.IsSecretariatAdmin;

    /// <summary>The roles the actor may offer in an invitation, in the catalogue's order.</summary>
    public static IReadOnlyList<string> InvitableRoles(this Actor actor) => PalermoRoles.All.Where(actor.MayInvite).ToList();
}
