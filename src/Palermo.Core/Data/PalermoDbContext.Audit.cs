using Palermo.Access;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Palermo.Audit;

namespace Palermo.Data;

/// <summary>
/// Every save writes what changed to the hash-chained audit trail in the same transaction, so no
/// state change can land without its audit line. Explicit events (sign-in, export …) go through <see cref="Record"/>.
/// </summary>
public partial class PalermoDbContext
{
    private static readonly SemaphoreSlim EmbeddedChainGate = new(1, 1);
    private const long PostgresChainLockKey = 0x5041_4C45_524D_4F; // "PALERMO"

    private readonly List<PendingAudit> _explicitEvents = [];
    private bool _summarizeEntityChanges;

    /// <summary>
    /// For bulk loads of reference data (hundreds of countries, treaty rows): while the returned scope is open, saves
    /// record only the explicit events the loader records (one line for the whole load), not one line per row.
    /// </summary>
    public IDisposable AuditAsSummary()
    {
        _summarizeEntityChanges = true;
        return new SummaryScope(this);
    }

    private sealed class SummaryScope(PalermoDbContext db) : IDisposable
    {
        public void Dispose() => db._summarizeEntityChanges = false;
    }

    private sealed record PendingAudit(string Action, string EntityType, Func<string?> EntityId, string? CountryIso3, string? Details);

    /// <summary>Adds an audit event that is not an entity change; written on the next save.</summary>
    public void Record(string action, string entityType, string? entityId, string? countryIso3 = null, object? details = null) =>
        _explicitEvents.Add(new(action, entityType, () => entityId, countryIso3,
            details is null ? null : JsonSerializer.Serialize(details)));

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var pending = _summarizeEntityChanges ? [] : DescribeChanges();
        pending.AddRange(_explicitEvents);
        _explicitEvents.Clear();
        if (pending.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var gateHeld = false;
        try
        {
            if (Database.IsNpgsql())
                await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresChainLockKey})", cancellationToken);
            else
            {
                await EmbeddedChainGate.WaitAsync(cancellationToken);
                gateHeld = true;
            }

            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await AppendToChainAsync(pending, cancellationToken);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            return written;
        }
        finally
        {
            if (gateHeld) EmbeddedChainGate.Release();
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    private List<PendingAudit> DescribeChanges()
    {
        var pending = new List<PendingAudit>();
        foreach (var entry in ChangeTracker.Entries())
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
            pending.Add(new(
                $"{entry.Metadata.ClrType.Name}.{verb}",
                entry.Metadata.ClrType.Name,
                () => KeyOf(captured),
                (entry.Entity as ICountryScoped)?.CountryIso3 ?? (entry.Entity as Accounts.PalermoUser)?.CountryIso3,
                fields is { Count: > 0 } ? JsonSerializer.Serialize(new { fields }) : null));
        }
        return pending;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        return string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private async Task AppendToChainAsync(List<PendingAudit> pending, CancellationToken cancellationToken)
    {
        // Ids are assigned here, under the chain lock, so the chain order is the id order on every engine.
        var last = await AuditEntries.AsNoTracking().OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(cancellationToken);
        var previous = last?.Hash ?? AuditHasher.Genesis;
        var nextId = (last?.Id ?? 0) + 1;
        // Whole milliseconds: SQLite's binary DateTimeOffset keeps only 1/10 ms and PostgreSQL only microseconds, and the
        // hash covers the exact ticks, so a finer time would not survive the round trip and every entry would verify as altered.
        var utcNow = DateTimeOffset.UtcNow;
        var now = new DateTimeOffset(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        foreach (var item in pending)
        {
            var entry = new AuditEntry
            {
                Id = nextId++,
                OccurredAt = now,
                UserId = Actor.UserId,
                UserName = Actor.UserName,
                IpAddress = Actor.IpAddress,
                Action = item.Action,
                EntityType = item.EntityType,
                EntityId = item.EntityId(),
                CountryIso3 = item.CountryIso3,
                Details = item.Details,
            };
            AuditHasher.Seal(entry, previous);
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }
}
