using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Palermo.Countries;

namespace Palermo.Reporting;

/// <summary>Stored shape of a deadline extension: at most one per cycle and country.</summary>
internal sealed class DeadlineExtensionConfiguration : IEntityTypeConfiguration<DeadlineExtension>
{
    public void Configure(EntityTypeBuilder<DeadlineExtension> extension)
    {
        extension.Property(x => x.CountryIso3).HasMaxLength(3);
        extension.HasIndex(x => new { x.CycleId, x.CountryIso3 }).IsUnique();
        extension.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        extension.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
    }
}
