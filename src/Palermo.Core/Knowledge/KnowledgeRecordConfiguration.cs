using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Knowledge;

/// <summary>
/// What practices and case law store alike. Each kind has its own table, so each derives its configuration from
/// this one (abstract, so <c>ApplyConfigurationsFromAssembly</c> does not apply it on its own).
/// </summary>
internal abstract class KnowledgeRecordConfiguration<T> : IEntityTypeConfiguration<T> where T : KnowledgeRecord
{
    public virtual void Configure(EntityTypeBuilder<T> record)
    {
        record.Property(r => r.Title).HasMaxLength(500);
        record.Property(r => r.Language).HasMaxLength(2);
        record.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.AuthorCountryIso3).HasMaxLength(3);
        record.Ignore(r => r.Kind);
        record.Ignore(r => r.IsPublished);
        record.HasIndex(r => r.Status);
        record.HasIndex(r => r.TranslationGroupId);
        record.HasIndex(r => r.AuthorUserId);
    }
}
