using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Knowledge;

/// <summary>Stored shape of a knowledge revision, looked up per record and version.</summary>
internal sealed class KnowledgeRevisionConfiguration : IEntityTypeConfiguration<KnowledgeRevision>
{
    public void Configure(EntityTypeBuilder<KnowledgeRevision> revision)
    {
        revision.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        revision.Property(r => r.Action).HasMaxLength(40);
        revision.HasIndex(r => new { r.RecordId, r.Version });
    }
}
