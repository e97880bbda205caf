namespace Palermo.Audit;

/// <summary>
/// An audit line waiting for its save. The entity id is read only when the line is written, after the entity rows
/// are saved, so that ids the database generates for new rows are known.
/// </summary>
internal sealed record PendingAudit(string Action, string EntityType, Func<string?> EntityId, string? CountryIso3, string? Details);
