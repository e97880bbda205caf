namespace Palermo.Audit;

/// <summary>Filters for browsing the trail, as the page's form and the API's query string send them.</summary>
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

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query)
    {
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
            // The whole "to" day counts: everything before the next midnight (UTC).
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.OccurredAt < end);
        }
        return query.OrderByDescending(a => a.Id);
    }
}
