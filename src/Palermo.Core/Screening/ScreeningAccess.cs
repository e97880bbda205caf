using Palermo.Access;
using Palermo.Accounts;

namespace Palermo.Screening;

/// <summary>What the field tools for victim identification let an actor do.</summary>
public enum ScreeningPermission
{
    /// <summary>Use the screening guide: anyone, anonymously too.</summary>
    Screen,

    /// <summary>Keep the anonymous record of a screening: anyone signed in.</summary>
    SaveRecord,

    /// <summary>Read the statistics of saved records: the secretariat (all countries) and focal points (their own, by the data scope).</summary>
    ReadStatistics,

    /// <summary>Read the catalogue's earlier editions: the secretariat.</summary>
    ReadCatalogueHistory,

    /// <summary>Edit the indicator catalogue: the secretariat administrator.</summary>
    EditCatalogue,

    /// <summary>Change a country's referral contacts: the secretariat administrator for any country, a focal point for their own.</summary>
    EditReferralContacts,
}

/// <summary>The rules of the screening tools, stated once.</summary>
public static class ScreeningAccess
{
    private static readonly string[] StatisticsReaders = [PalermoRoles.SecretariatAdmin, PalermoRoles.SecretariatAnalyst, PalermoRoles.FocalPoint];
    private static readonly string[] ReferralEditors = [PalermoRoles.SecretariatAdmin, PalermoRoles.FocalPoint];

    public static bool Can(this Actor actor, ScreeningPermission permission) => permission switch
    {
        ScreeningPermission.Screen => true,
        ScreeningPermission.SaveRecord => actor.IsSignedIn,
        ScreeningPermission.ReadStatistics => actor.IsAny(StatisticsReaders),
        ScreeningPermission.ReadCatalogueHistory => actor.IsSecretariat,
        ScreeningPermission.EditCatalogue => actor.IsSecretariatAdmin,
        ScreeningPermission.EditReferralContacts => actor.IsAny(ReferralEditors),
        _ => false,
    };

    /// <summary>Country-bound permissions: a focal point acts for their own country only; the secretariat administrator for any.</summary>
    public static bool Can(this Actor actor, ScreeningPermission permission, string? countryIso3) => permission switch
    {
        ScreeningPermission.EditReferralContacts => actor.IsSecretariatAdmin
            || (countryIso3 is not null && actor.Is(PalermoRoles.FocalPoint) && actor.BelongsTo(countryIso3)),
        _ => actor.Can(permission),
    };

    /// <summary>Whether the actor picks the country of referral contacts, or works on their own country's.</summary>
    public static bool ChoosesReferralCountry(this Actor actor) => actor.IsSecretariatAdmin;
}
