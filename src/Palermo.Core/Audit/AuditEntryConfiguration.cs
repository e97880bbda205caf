using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Audit;

/// <summary>Stored shape of the audit trail. Ids are assigned under the chain lock, never by the database, so chain order is id order.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> audit)
    {
        audit.Property(a => a.Id).ValueGeneratedNever();
        audit.Property(a => a.Action).HasMaxLength(100);
        audit.Property(a => a.EntityType).HasMaxLength(100);
        audit.Property(a => a.EntityId).HasMaxLength(100);
        audit.Property(a => a.CountryIso3).HasMaxLength(3);
        audit.Property(a => a.IpAddress).HasMaxLength(64);
        audit.Property(a => a.PreviousHash).HasMaxLength(64);
        audit.Property(a => a.Hash).HasMaxLength(64);
        audit.HasIndex(a => a.OccurredAt);
        audit.HasIndex(a => a.Action);
    }
}
