using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Knowledge;

/// <summary>Stored shape of a practice: a knowledge record with a category.</summary>
internal sealed class PracticeConfiguration : KnowledgeRecordConfiguration<Practice>
{
    public override void Configure(EntityTypeBuilder<Practice> practice)
    {
        base.Configure(practice);
        practice.Property(p => p.Category).HasConversion<string>().HasMaxLength(40);
        practice.Property(p => p.HumanitarianCrisis).HasMaxLength(300);
        practice.HasIndex(p => p.Category);
    }
}
