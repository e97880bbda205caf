using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.TreatyStatus;

/// <summary>Stored shape of a treaty-status edition, looked up per protocol.</summary>
internal sealed class TreatyStatusEditionConfiguration : IEntityTypeConfiguration<TreatyStatusEdition>
{
    public void Configure(EntityTypeBuilder<TreatyStatusEdition> edition)
    {
        edition.HasIndex(x => x.Protocol);
    }
}
