using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Countries;

/// <summary>Stored shape of a UN M49 region, keyed by its M49 code.</summary>
internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.HasKey(r => r.M49);
        region.Property(r => r.M49).HasMaxLength(3);
        region.ComplexProperty(r => r.Names);
    }
}
