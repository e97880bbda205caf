using Palermo.Audit;
using Palermo.Data;
using Palermo.Web.Accounts;

namespace Palermo.Web.Audit;

/// <summary>The audit trail for the secretariat: browse with filters, and verify the hash chain.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder v1)
    {
        var audit = v1.MapGroup("/audit").WithTags("Audit").RequirePermission(AuditPermission.Browse);
        audit.MapGet("/", async ([AsParameters] AuditFilterParameters parameters, PalermoDbContext db) =>
        {
            var (entries, total) = await parameters.ToFilter().RunAsync(db);
            return TypedResults.Ok(new { total, page = Math.Max(1, parameters.Page ?? 1), pageSize = AuditFilter.PageSize, entries });
        });
        audit.MapGet("/verify", async (PalermoDbContext db) =>
        {
            var result = await AuditTrailVerification.VerifyAsync(db);
            return TypedResults.Ok(new { intact = result.Intact, entriesChecked = result.EntriesChecked, firstBreak = result.FirstBreak });
        });
    }

    public sealed record AuditFilterParameters(string? Action, string? User, string? EntityType, string? Country, DateOnly? From, DateOnly? To, int? Page)
    {
        public AuditFilter ToFilter() => new()
        {
            Action = Action, User = User, EntityType = EntityType, Country = Country, From = From, To = To, Page = Page ?? 1,
        };
    }
}
