using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Reporting;

namespace Palermo.Web.Pages.Reporting;

public sealed record CycleRow(Cycle Cycle, CompletenessReport Completeness);

/// <summary>The reporting cycles with how many expected States have answered.</summary>
public sealed class IndexModel(CycleService cycles) : PageModel
{
    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = new List<CycleRow>();
        foreach (var cycle in await cycles.ListAsync()) rows.Add(new CycleRow(cycle, await cycles.CompletenessAsync(cycle)));
        Cycles = rows;
    }
}
