using Palermo.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Reporting;
using Palermo.TreatyStatus;
using Palermo.Web.Accounts;
using Palermo.Web.Api;

namespace Palermo.Web.Pages.Reporting;

public sealed record CycleRow(Cycle Cycle, CompletenessReport Completeness);

/// <summary>The reporting cycles with how many expected States have answered.</summary>
public sealed class IndexModel(CycleService cycles, CycleManagement management, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];
    public string? Error { get; private set; }

    [BindProperty] public Protocol NewProtocol { get; set; } = Protocol.TIP;
    [BindProperty] public DateOnly? NewOpensOn { get; set; }
    [BindProperty] public DateOnly? NewDeadline { get; set; }

    /// <summary>The secretariat creates a draft cycle with the protocol's latest questionnaire.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!HttpContext.Actor().Can(ReportingPermission.ManageCycles)) return Forbid();
        if (NewOpensOn is { } opens && NewDeadline is { } deadline)
        {
            var created = await management.CreateAsync(HttpContext.Actor(), NewProtocol, null, opens, deadline);
            if (created.Succeeded) return Redirect($"/reporting/cycles/{created.Value.Cycle.Id}");
            Error = text.Messages(created.Problem)[0];
        }
        else Error = text["Problem.deadline-before-opening"];
        await OnGetAsync();
        return Page();
    }

    public async Task OnGetAsync()
    {
        var actor = HttpContext.Actor();
        var rows = new List<CycleRow>();
        foreach (var cycle in (await cycles.ListAsync()).Where(c => actor.Can(ReportingPermission.SeeCycle, c.State))) rows.Add(new CycleRow(cycle, await cycles.CompletenessAsync(cycle)));
        Cycles = rows;
    }
}
