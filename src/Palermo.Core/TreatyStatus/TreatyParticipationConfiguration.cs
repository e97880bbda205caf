using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Palermo.Countries;

namespace Palermo.TreatyStatus;

/// <summary>Stored shape of a participation: one row per country and protocol.</summary>
internal sealed class TreatyParticipationConfiguration : IEntityTypeConfiguration<TreatyParticipation>
{
    public void Configure(EntityTypeBuilder<TreatyParticipation> participation)
    {
        participation.Property(x => x.CountryIso3).HasMaxLength(3);
        participation.HasIndex(x => new { x.CountryIso3, x.Protocol }).IsUnique();
        participation.HasOne<Country>().WithMany().HasForeignKey(x => x.CountryIso3);
    }
}
