using Palermo.Access;

namespace Palermo.TreatyStatus;

/// <summary>What treaty status lets an actor do.</summary>
public enum TreatyStatusPermission
{
    /// <summary>Read signature and consent status: anyone.</summary>
    Read,

    /// <summary>Import the UN Treaty Collection's status table: the secretariat administrator.</summary>
    Import,
}

/// <summary>The rules of treaty status, stated once.</summary>
public static class TreatyStatusAccess
{
    public static bool Can(this Actor actor, TreatyStatusPermission permission) => permission switch
    {
        TreatyStatusPermission.Read => true,
        TreatyStatusPermission.Import => actor.IsSecretariatAdmin,
        _ => false,
    };
}
