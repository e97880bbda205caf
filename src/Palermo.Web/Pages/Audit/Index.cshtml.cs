using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Audit;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Pages.Audit;

public sealed class IndexModel(AuditTrailQuery trail) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public AuditVerification? Verification { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool verify = false)
    {
        var found = await trail.SearchAsync(HttpContext.Actor(), Filter, HttpContext.RequestAborted);
        if (!found.Succeeded) return this.Refusal(found.Problem) ?? Forbid();
        (Entries, Total) = (found.Value.Entries, found.Value.Total);
        if (verify)
        {
            var verified = await trail.VerifyAsync(HttpContext.Actor(), cancellationToken: HttpContext.RequestAborted);
            Verification = verified.Value;
        }
        return Page();
    }

    public int PageCount => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}
