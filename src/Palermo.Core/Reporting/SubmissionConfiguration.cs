using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Palermo.Countries;

namespace Palermo.Reporting;

/// <summary>Stored shape of a submission: one per cycle and country, guarded by its version.</summary>
internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.Property(x => x.CountryIso3).HasMaxLength(3);
        submission.Property(x => x.Version).IsConcurrencyToken();
        submission.HasIndex(x => new { x.CycleId, x.CountryIso3 }).IsUnique();
        submission.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        submission.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
    }
}
