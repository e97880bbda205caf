using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Palermo.Reporting;

/// <summary>Stored shape of a sent reminder, looked up per cycle and country.</summary>
internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> reminder)
    {
        reminder.Property(x => x.CountryIso3).HasMaxLength(3);
        reminder.Property(x => x.Language).HasMaxLength(2);
        reminder.HasIndex(x => new { x.CycleId, x.CountryIso3 });
        reminder.HasOne<Cycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
