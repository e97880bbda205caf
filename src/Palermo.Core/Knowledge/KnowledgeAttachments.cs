using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Palermo.Accounts;
using Palermo.Data;

namespace Palermo.Knowledge;

/// <summary>Why an upload was refused: 400 (empty, type not allowed) or 413 (too large). Nothing is stored.</summary>
public sealed record AttachmentRefusal(int Status, FieldError Problem);

/// <summary>
/// Upload, list, read and remove attachments. The caller has already checked that the person may read the record
/// (and, to change attachments, <see cref="KnowledgeAccess.CanAttach"/>). Each upload or removal is a revision.
/// </summary>
public sealed class KnowledgeAttachments(PalermoDbContext db, KnowledgeService service, IConfiguration configuration, TimeProvider clock)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary><c>Palermo:Knowledge:MaxAttachmentBytes</c>, 10 MiB by default.</summary>
    public long MaxBytes { get; } = configuration.GetValue("Palermo:Knowledge:MaxAttachmentBytes", DefaultMaxBytes);

    /// <summary>Reads at most <see cref="MaxBytes"/> + 1 bytes, so an oversized upload is refused without holding all of it.</summary>
    public async Task<(KnowledgeAttachment? Attachment, AttachmentRefusal? Refusal)> AddAsync(KnowledgeRecord record, string? fileName, Stream content,
        long? declaredLength, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(content);
        if (declaredLength > MaxBytes) return (null, TooLarge());
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return (null, TooLarge());
        }
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) return (null, new AttachmentRefusal(400, new FieldError("file", "attachment-empty", "")));
        var type = AttachmentTypes.Detect(bytes);
        if (type is null) return (null, new AttachmentRefusal(400, new FieldError("file", "attachment-type-not-allowed", "")));

        var attachment = new KnowledgeAttachment
        {
            RecordId = record.Id,
            Kind = record.Kind,
            FileName = AttachmentTypes.SafeFileName(fileName, type),
            ContentType = type.ContentType,
            Size = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedByUserId = userId,
            UploadedAt = clock.GetUtcNow(),
        };
        db.KnowledgeAttachments.Add(attachment);
        await service.RecordChangeAsync(record.Id, record.Kind, "attachment-added", userId, cancellationToken);
        return (attachment, null);
    }

    public async Task<IReadOnlyList<KnowledgeAttachmentInfo>> ListAsync(Guid recordId, CancellationToken cancellationToken = default) =>
        await db.KnowledgeAttachments.AsNoTracking().Where(a => a.RecordId == recordId).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new KnowledgeAttachmentInfo(a.Id, a.RecordId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAt))
            .ToListAsync(cancellationToken);

    public async Task<KnowledgeAttachment?> FindAsync(Guid recordId, Guid attachmentId, CancellationToken cancellationToken = default) =>
        await db.KnowledgeAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.RecordId == recordId && a.Id == attachmentId, cancellationToken);

    public async Task<bool> RemoveAsync(KnowledgeRecord record, Guid attachmentId, string? userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var attachment = await db.KnowledgeAttachments.FirstOrDefaultAsync(a => a.RecordId == record.Id && a.Id == attachmentId, cancellationToken);
        if (attachment is null) return false;
        db.KnowledgeAttachments.Remove(attachment);
        await service.RecordChangeAsync(record.Id, record.Kind, "attachment-removed", userId, cancellationToken);
        return true;
    }

    private AttachmentRefusal TooLarge() =>
        new(413, new FieldError("file", "attachment-too-large", (MaxBytes / 1024 / 1024).ToString(CultureInfo.InvariantCulture)));
}
