using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Palermo.Accounts;

namespace Palermo.Audit;

/// <summary>Turns the tracked changes of a save into audit lines: what kind of record, which one, which fields.</summary>
internal static class EntityChangeAudit
{
    public static List<PendingAudit> Describe(ChangeTracker changes)
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in changes.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                // Append-only: the trail itself may only grow.
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("The audit trail is append-only.");
                continue;
            }
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Metadata.IsOwned()) continue;

            var verb = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            };
            // Field names only: values may be passwords, tokens or facts about a victim.
            var fields = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList()
                : null;
            var captured = entry;
            var anonymous = Attribute.IsDefined(entry.Metadata.ClrType, typeof(AuditedAnonymouslyAttribute));
            pending.Add(new(
                $"{entry.Metadata.ClrType.Name}.{verb}",
                entry.Metadata.ClrType.Name,
                anonymous ? () => null : () => KeyOf(captured),
                (entry.Entity as ICountryScoped)?.CountryIso3 ?? (entry.Entity as PalermoUser)?.CountryIso3,
                fields is { Count: > 0 } ? JsonSerializer.Serialize(new { fields }) : null,
                anonymous));
        }
        return pending;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        return string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }
}
