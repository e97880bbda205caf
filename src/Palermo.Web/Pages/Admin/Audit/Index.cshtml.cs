using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Audit;
using Palermo.Data;
using Palermo.Web.Audit;

namespace Palermo.Web.Pages.Admin.Audit;

public sealed class IndexModel(PalermoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public Palermo.Audit.AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(bool verify = false)
    {
        (Entries, Total) = await Filter.RunAsync(db);
        if (verify) Verification = await AuditTrailVerification.VerifyAsync(db);
    }

    public int PageCount => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}
