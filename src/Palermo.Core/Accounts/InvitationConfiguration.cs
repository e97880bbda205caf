using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Accounts;

/// <summary>Stored shape of an invitation; only the token's hash is kept, and it is unique.</summary>
internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.Role).HasMaxLength(64);
        invitation.Property(i => i.CountryIso3).HasMaxLength(3);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
    }
}
