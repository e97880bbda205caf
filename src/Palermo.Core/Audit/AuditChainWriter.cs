using Microsoft.EntityFrameworkCore;
using Palermo.Data;

namespace Palermo.Audit;

/// <summary>Seals pending audit lines onto the end of the chain; called under the chain lock.</summary>
internal static class AuditChainWriter
{
    public static async Task AppendAsync(PalermoDbContext db, List<PendingAudit> pending, CancellationToken cancellationToken)
    {
        // Ids are assigned here, under the chain lock, so the chain order is the id order on every engine.
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id)
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
                // An anonymous line keeps the day only, like the record itself: no one, no address, no moment to join it to.
                OccurredAt = item.Anonymous ? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) : now,
                UserId = item.Anonymous ? null : db.Actor.UserId,
                UserName = item.Anonymous ? null : db.Actor.UserName,
                IpAddress = item.Anonymous ? null : db.Actor.IpAddress,
                Action = item.Action,
                EntityType = item.EntityType,
                EntityId = item.Anonymous ? null : item.EntityId(),
                CountryIso3 = item.CountryIso3,
                Details = item.Details,
            };
            AuditHasher.Seal(entry, previous);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
    }
}
