namespace Palermo.Audit;

/// <summary>Who is acting and from where, for the audit trail. The web host reads it from the request.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
    string? IpAddress { get; }
}

public sealed class SystemAuditActor(string name = "system") : IAuditActor
{
    public string? UserId => null;
    public string? UserName { get; } = name;
    public string? IpAddress => null;
}
