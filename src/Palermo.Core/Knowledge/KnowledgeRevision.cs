namespace Palermo.Knowledge;

/// <summary>One version of a practice or case: who changed it, when, to what status, and the whole record as it was then.</summary>
public class KnowledgeRevision
{
    public long Id { get; set; }
    public Guid RecordId { get; set; }
    public KnowledgeKind Kind { get; set; }
    public int Version { get; set; }
    public KnowledgeStatus Status { get; set; }

    /// <summary>created, updated, submitted, changes-requested, published, unpublished, rejected.</summary>
    public string Action { get; set; } = "";
    public string? ChangedByUserId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The record as JSON after the change.</summary>
    public string Snapshot { get; set; } = "";
}
