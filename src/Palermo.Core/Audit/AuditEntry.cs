namespace Palermo.Audit;

/// <summary>
/// One line of the append-only audit trail. Each entry's <see cref="Hash"/> covers its own content and the
/// previous entry's hash, so editing or deleting any past entry breaks every link after it.
/// Details hold names of changed fields and ids — never values — so no password, token or victim data lands here.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public string? CountryIso3 { get; set; }
    public string? IpAddress { get; set; }
    public string? Details { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
