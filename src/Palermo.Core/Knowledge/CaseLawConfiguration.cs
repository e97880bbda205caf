using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Knowledge;

/// <summary>Stored shape of case law: a knowledge record with court details; defendants and victims as JSON.</summary>
internal sealed class CaseLawConfiguration : KnowledgeRecordConfiguration<CaseLaw>
{
    public override void Configure(EntityTypeBuilder<CaseLaw> caseLaw)
    {
        caseLaw.ToTable("CaseLaw");
        base.Configure(caseLaw);
        caseLaw.Property(c => c.CountryIso3).HasMaxLength(3);
        caseLaw.Property(c => c.Court).HasMaxLength(300);
        caseLaw.Property(c => c.CourtLevel).HasConversion<string>().HasMaxLength(20);
        caseLaw.Property(c => c.CaseNumber).HasMaxLength(100);
        caseLaw.Property(c => c.Verdict).HasMaxLength(300);
        caseLaw.OwnsMany(c => c.Defendants, d => d.ToJson());
        caseLaw.OwnsMany(c => c.Victims, v => v.ToJson());
        caseLaw.HasIndex(c => c.CountryIso3);
    }
}
