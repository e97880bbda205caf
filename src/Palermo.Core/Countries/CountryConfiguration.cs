using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Countries;

/// <summary>Stored shape of a country, keyed by its ISO 3166-1 alpha-3 code.</summary>
internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> country)
    {
        country.HasKey(c => c.Iso3);
        country.Property(c => c.Iso3).HasMaxLength(3);
        country.Property(c => c.Iso2).HasMaxLength(2);
        country.Property(c => c.M49).HasMaxLength(3);
        country.Property(c => c.RegionM49).HasMaxLength(3);
        country.Property(c => c.SubRegionM49).HasMaxLength(3);
        country.ComplexProperty(c => c.Names);
    }
}
