namespace Palermo.Knowledge;

/// <summary>
/// A file attached to a practice or case, stored in the database (both engines, shared by every web node) and read
/// only by whoever may read the record. Its contents are never logged.
/// </summary>
public class KnowledgeAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RecordId { get; set; }
    public KnowledgeKind Kind { get; set; }

    /// <summary>Safe name (<see cref="AttachmentTypes.SafeFileName"/>) with the extension of the detected type.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The type detected from the content (<see cref="AttachmentTypes"/>), never the one the uploader claimed.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public string? UploadedByUserId { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>An attachment without its content, for lists.</summary>
public sealed record KnowledgeAttachmentInfo(Guid Id, Guid RecordId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
