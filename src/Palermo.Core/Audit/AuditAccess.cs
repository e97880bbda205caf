using Palermo.Access;

namespace Palermo.Audit;

/// <summary>What the audit trail lets an actor do.</summary>
public enum AuditPermission
{
    /// <summary>Browse, filter and verify the trail: the secretariat.</summary>
    Browse,
}

/// <summary>The rules of the audit trail, stated once.</summary>
public static class AuditAccess
{
    public static bool Can(this Actor actor, AuditPermission permission) => permission switch
    {
        AuditPermission.Browse => actor.IsSecretariat,
        _ => false,
    };
}
