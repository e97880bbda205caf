using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Audit;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Audit;

public sealed record AuditPageView(int Total, int Page, int PageSize, IReadOnlyList<AuditEntry> Entries);

public sealed record AuditVerificationView(bool Intact, long EntriesChecked, AuditBreak? FirstBreak);

/// <summary>The audit trail for the secretariat: browse with filters, and verify the hash chain; thin over <see cref="AuditTrailQuery"/>.</summary>
public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder v1)
    {
        var audit = v1.MapGroup("/audit").WithTags("Audit").RequirePermission(AuditPermission.Browse);
        audit.MapGet("/", SearchAsync).WithName("SearchAudit").WithSummary("Audit entries matching the filters, newest first, a page at a time");
        audit.MapGet("/verify", VerifyAsync).WithName("VerifyAudit").WithSummary("Recompute the hash chain and name the first broken link, if any");
    }

    public static async Task<Results<Ok<AuditPageView>, ProblemHttpResult>> SearchAsync(
        [AsParameters] AuditFilterParameters parameters, HttpContext http, AuditTrailQuery trail, Problems problems)
    {
        var found = await trail.SearchAsync(http.Actor(), parameters.ToFilter(), http.RequestAborted);
        if (!found.Succeeded) return problems.From(found.Problem);
        return TypedResults.Ok(new AuditPageView(found.Value.Total, found.Value.Page, found.Value.PageSize, found.Value.Entries));
    }

    public static async Task<Results<Ok<AuditVerificationView>, ProblemHttpResult>> VerifyAsync(HttpContext http, AuditTrailQuery trail, Problems problems)
    {
        var result = await trail.VerifyAsync(http.Actor(), cancellationToken: http.RequestAborted);
        if (!result.Succeeded) return problems.From(result.Problem);
        return TypedResults.Ok(new AuditVerificationView(result.Value.Intact, result.Value.EntriesChecked, result.Value.FirstBreak));
    }

    public sealed record AuditFilterParameters(string? Action, string? User, string? EntityType, string? Country, DateOnly? From, DateOnly? To, int? Page)
    {
        public AuditFilter ToFilter() => new()
        {
            Action = Action, User = User, EntityType = EntityType, Country = Country, From = From, To = To, Page = Page ?? 1,
        };
    }
}
