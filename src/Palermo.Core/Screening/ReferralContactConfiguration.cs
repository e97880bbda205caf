using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Palermo.Countries;

namespace Palermo.Screening;

/// <summary>Stored shape of a referral contact; public by nature, so it carries no country query filter.</summary>
internal sealed class ReferralContactConfiguration : IEntityTypeConfiguration<ReferralContact>
{
    public void Configure(EntityTypeBuilder<ReferralContact> contact)
    {
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.CountryIso3).HasMaxLength(3);
        contact.Property(c => c.Kind).HasMaxLength(40);
        contact.ComplexProperty(c => c.Names);
        contact.ComplexProperty(c => c.Descriptions);
        contact.Property(c => c.Phone).HasMaxLength(40);
        contact.Property(c => c.Url).HasMaxLength(500);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.HasIndex(c => c.CountryIso3);
        contact.HasOne<Country>().WithMany().HasForeignKey(c => c.CountryIso3);
    }
}
