using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Reporting;

/// <summary>Stored shape of a frozen submission version, numbered per submission.</summary>
internal sealed class SubmissionVersionConfiguration : IEntityTypeConfiguration<SubmissionVersion>
{
    public void Configure(EntityTypeBuilder<SubmissionVersion> version)
    {
        version.Property(x => x.CountryIso3).HasMaxLength(3);
        version.HasIndex(x => new { x.SubmissionId, x.Number }).IsUnique();
        version.HasIndex(x => new { x.CycleId, x.CountryIso3 });
        version.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
