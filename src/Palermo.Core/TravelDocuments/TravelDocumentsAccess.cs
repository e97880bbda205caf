using Palermo.Access;

namespace Palermo.TravelDocuments;

/// <summary>What the travel-document tools let an actor do.</summary>
public enum TravelDocumentsPermission
{
    /// <summary>Check a machine-readable zone (article 12–13 of both Protocols): anyone signed in.</summary>
    CheckMrz,
}

/// <summary>The rules of the travel-document tools, stated once.</summary>
public static class TravelDocumentsAccess
{
    public static bool Can(this Actor actor, TravelDocumentsPermission permission) => permission switch
    {
        TravelDocumentsPermission.CheckMrz => actor.IsSignedIn,
        _ => false,
    };
}
