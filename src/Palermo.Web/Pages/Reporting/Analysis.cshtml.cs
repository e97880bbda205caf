using Palermo.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Countries;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Reporting;

/// <summary>What the answers show: per question, the distribution among the States that answered, optionally in one region.</summary>
public sealed class AnalysisModel(CycleService cycles, PlaceNames places) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public CycleDetail Detail { get; private set; } = null!;
    public AnalysisReport Analysis { get; private set; } = null!;
    public IReadOnlyList<(string M49, string Name)> Regions { get; private set; } = [];
    public string Language { get; private set; } = PalermoLanguages.Default;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var detail = await cycles.FindAsync(id);
        if (detail is null || !HttpContext.Actor().Can(ReportingPermission.SeeCycle, detail.Cycle.State)) return NotFound();
        Detail = detail;
        Language = PalermoLocalization.CurrentLanguage();
        var names = await places.InAsync(Language);
        Regions = names.RegionsInUse.Where(names.Regions.ContainsKey).Select(m49 => (m49, names.Region(m49)))
            .OrderBy(r => r.Item2, StringComparer.CurrentCulture).ToList();
        if (Region is not null && Regions.All(r => r.M49 != Region)) Region = null;
        Analysis = await cycles.AnalysisAsync(detail, Language, Region);
        return Page();
    }
}
