namespace Palermo.Audit;

/// <summary>
/// An audit line waiting for its save. The entity id is read only when the line is written, after the entity rows
/// are saved, so that ids the database generates for new rows are known. An <paramref name="Anonymous"/> line is
/// written without entity id, user, address or time of day (see <see cref="AuditedAnonymouslyAttribute"/>).
/// </summary>
internal sealed record PendingAudit(string Action, string EntityType, Func<string?> EntityId, string? CountryIso3, string? Details,
    bool Anonymous = false);
