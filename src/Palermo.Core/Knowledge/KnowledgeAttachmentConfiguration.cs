using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Knowledge;

/// <summary>Stored shape of a knowledge attachment's metadata (the file itself lives in the data folder).</summary>
internal sealed class KnowledgeAttachmentConfiguration : IEntityTypeConfiguration<KnowledgeAttachment>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachment> attachment)
    {
        attachment.Property(a => a.Id).ValueGeneratedNever();
        attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        attachment.Property(a => a.FileName).HasMaxLength(200);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.HasIndex(a => a.RecordId);
    }
}
