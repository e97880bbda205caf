using Microsoft.EntityFrameworkCore;
using Palermo.Audit;
using Palermo.Data;

namespace Palermo.Web.Audit;

/// <summary>Filters for browsing the trail; shared by the page and the API.</summary>
public sealed class AuditFilter
{
    public string? Action { get; set; }
    public string? User { get; set; }
    public string? EntityType { get; set; }
    public string? Country { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;

    public const int PageSize = 50;

    public IQueryable<AuditEntry> Apply(PalermoDbContext db)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(a => a.Action.StartsWith(Action.Trim()));
        if (!string.IsNullOrWhiteSpace(User)) query = query.Where(a => a.UserName != null && a.UserName.Contains(User.Trim()));
        if (!string.IsNullOrWhiteSpace(EntityType)) query = query.Where(a => a.EntityType == EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(Country)) query = query.Where(a => a.CountryIso3 == Country.Trim().ToUpperInvariant());
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt < end);
        }
        return query.OrderByDescending(a => a.Id);
    }

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> RunAsync(PalermoDbContext db)
    {
        var query = Apply(db);
        var page = Math.Max(1, Page);
        return (await query.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(), await query.CountAsync());
    }
}

public static class AuditTrailVerification
{
    public static async Task<Palermo.Audit.AuditVerification> VerifyAsync(PalermoDbContext db, CancellationToken cancellationToken = default) =>
        AuditChainVerifier.Verify(await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken));
}
