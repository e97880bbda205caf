using Palermo.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Countries;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Localization;
using Palermo.Web.Reporting;

namespace Palermo.Web.Pages.Reporting;

/// <summary>
/// The analytical report of a cycle as a printable page, in the request's language (<c>?culture=ar</c>): completeness,
/// headline indicators, technical-assistance needs by area, each question with its chart, all beside the earlier cycles.
/// "Save as PDF" from the browser's print dialog gives the PDF (the print stylesheet drops navigation and keeps charts whole).
/// </summary>
public sealed class ReportModel(CycleService cycles, PlaceNames places, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public CycleReport Report { get; private set; } = null!;
    public IReadOnlyList<(string M49, string Name)> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var detail = await cycles.FindAsync(id);
        if (detail is null || !HttpContext.Actor().Can(ReportingPermission.SeeCycle, detail.Cycle.State)) return NotFound();
        var names = await places.InAsync(PalermoLocalization.CurrentLanguage());
        if (!names.IsRegionInUse(Region)) Region = null;
        Report = await CycleReport.LoadAsync(detail, cycles, names, clock, Region);
        Regions = names.RegionsInUse.Select(c => (c, names.Region(c))).OrderBy(r => r.Item2, StringComparer.CurrentCulture).ToList();
        return Page();
    }
}
