using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Reporting;

/// <summary>What the answers show: per question, the distribution among the States that answered, optionally in one region.</summary>
public sealed class AnalysisModel(CycleService cycles, PalermoDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public CycleDetail Detail { get; private set; } = null!;
    public AnalysisReport Analysis { get; private set; } = null!;
    public IReadOnlyList<(string M49, string Name)> Regions { get; private set; } = [];
    public string Language { get; private set; } = PalermoLanguages.Default;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var detail = await cycles.FindAsync(id);
        if (detail is null || (detail.Cycle.State == CycleState.Draft && !Palermo.Web.Accounts.UserContext.IsSecretariat(User))) return NotFound();
        Detail = detail;
        Language = PalermoLocalization.CurrentLanguage();
        var used = await db.Countries.AsNoTracking().Where(c => c.RegionM49 != null).Select(c => c.RegionM49!).Distinct().ToListAsync();
        Regions = (await db.Regions.AsNoTracking().Where(r => used.Contains(r.M49)).ToListAsync())
            .Select(r => (r.M49, r.Names.In(Language))).OrderBy(r => r.Item2, StringComparer.CurrentCulture).ToList();
        if (Region is not null && Regions.All(r => r.M49 != Region)) Region = null;
        Analysis = await cycles.AnalysisAsync(detail, Language, Region);
        return Page();
    }
}
