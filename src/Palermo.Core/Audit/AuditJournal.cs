using System.Text.Json;

namespace Palermo.Audit;

/// <summary>
/// What one context has to say to the audit chain beyond its tracked changes: explicit events, whether entity changes
/// are summarized, and whether the chain is being written right now (its own saves must not be audited again).
/// </summary>
internal sealed class AuditJournal
{
    private readonly List<PendingAudit> _explicitEvents = [];

    public bool SummarizeEntityChanges { get; set; }

    /// <summary>True while the interceptor saves the entity rows and the chain rows of one audited save.</summary>
    public bool WritingChain { get; set; }

    public void Record(string action, string entityType, string? entityId, string? countryIso3, object? details) =>
        _explicitEvents.Add(new(action, entityType, () => entityId, countryIso3,
            details is null ? null : JsonSerializer.Serialize(details)));

    /// <summary>The explicit events recorded since the last save; each is written once, by the next save.</summary>
    public List<PendingAudit> TakeExplicitEvents()
    {
        var events = _explicitEvents.ToList();
        _explicitEvents.Clear();
        return events;
    }
}
