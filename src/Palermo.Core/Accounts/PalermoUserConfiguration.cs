using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Accounts;

/// <summary>Stored shape of a user beyond what ASP.NET Core Identity maps.</summary>
internal sealed class PalermoUserConfiguration : IEntityTypeConfiguration<PalermoUser>
{
    public void Configure(EntityTypeBuilder<PalermoUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.CountryIso3).HasMaxLength(3);
        user.Property(u => u.Agency).HasMaxLength(200);
        user.Property(u => u.PreferredLanguage).HasMaxLength(2);
        user.HasIndex(u => u.CountryIso3);
    }
}
