using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Screening;

/// <summary>Anonymous screening records in aggregate; a focal point sees their own country only.</summary>
public sealed class StatisticsModel(LabourAssessmentStatistics statistics, LabourCatalogueStore catalogues) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public ScreeningStatistics Statistics { get; private set; } = new(0, new Dictionary<string, int>(), [], [], []);
    public LabourScreeningCatalogue Catalogue { get; private set; } = null!;
    public string Language { get; } = PalermoLocalization.CurrentLanguage();

    /// <summary>Every outcome of the catalogue, adults' first, as table columns.</summary>
    public IReadOnlyList<string> OutcomeIds =>
        [.. Catalogue.Catalogue.Outcomes.Adult.Concat(Catalogue.Catalogue.Outcomes.Child).Select(o => o.Id).Distinct(StringComparer.Ordinal)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await statistics.ComputeAsync(HttpContext.Actor(), new StatisticsFilter(Country, From, To), cancellationToken);
        if (!outcome.Succeeded) return this.Refusal(outcome.Problem) ?? Forbid();
        Catalogue = await catalogues.CurrentAsync(cancellationToken);
        Statistics = outcome.Value;
        return Page();
    }
}
