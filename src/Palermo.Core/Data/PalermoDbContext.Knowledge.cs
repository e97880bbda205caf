using Microsoft.EntityFrameworkCore;
using Palermo.Knowledge;

namespace Palermo.Data;

/// <summary>The knowledge repository: practices, case law and their revisions.</summary>
public partial class PalermoDbContext
{
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<CaseLaw> CaseLaw => Set<CaseLaw>();
    public DbSet<KnowledgeRevision> KnowledgeRevisions => Set<KnowledgeRevision>();
    public DbSet<KnowledgeAttachment> KnowledgeAttachments => Set<KnowledgeAttachment>();

    private static void ConfigureKnowledge(ModelBuilder builder)
    {
        builder.Entity<Practice>(practice =>
        {
            ConfigureRecord(practice);
            practice.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
            practice.Property(p => p.HumanitarianCrisis).HasMaxLength(300);
            practice.HasIndex(p => p.Category);
        });

        builder.Entity<CaseLaw>(caseLaw =>
        {
            caseLaw.ToTable("CaseLaw");
            ConfigureRecord(caseLaw);
            caseLaw.Property(c => c.CountryIso3).HasMaxLength(3);
            caseLaw.Property(c => c.Court).HasMaxLength(300);
            caseLaw.Property(c => c.CourtLevel).HasConversion<string>().HasMaxLength(20);
            caseLaw.Property(c => c.CaseNumber).HasMaxLength(100);
            caseLaw.Property(c => c.Verdict).HasMaxLength(300);
            caseLaw.OwnsMany(c => c.Defendants, d => d.ToJson());
            caseLaw.OwnsMany(c => c.Victims, v => v.ToJson());
            caseLaw.HasIndex(c => c.CountryIso3);
        });

        builder.Entity<KnowledgeRevision>(revision =>
        {
            revision.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Action).HasMaxLength(40);
            revision.HasIndex(r => new { r.RecordId, r.Version });
        });

        builder.Entity<KnowledgeAttachment>(attachment =>
        {
            attachment.Property(a => a.Id).ValueGeneratedNever();
            attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.HasIndex(a => a.RecordId);
        });
    }

    private static void ConfigureRecord<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> record) where T : KnowledgeRecord
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
