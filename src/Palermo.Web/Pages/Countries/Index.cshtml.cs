using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Web.Countries;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Countries;

public sealed class IndexModel(CountryDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Region { get; set; }

    public IReadOnlyList<CountryView> Countries { get; private set; } = [];
    public IReadOnlyList<RegionView> Regions { get; private set; } = [];
    public IReadOnlyList<ProtocolStatusView> Editions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = (await directory.GetAsync(PalermoLocalization.CurrentLanguage())).Countries;
        Regions = all.Where(c => c.Region is not null).Select(c => c.Region!).DistinctBy(r => r.M49).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        Editions = all.FirstOrDefault()?.TreatyStatus.Values.ToList() ?? [];
        var query = Q?.Trim() ?? "";
        Countries = all
            .Where(c => string.IsNullOrEmpty(Region) || c.Region?.M49 == Region)
            .Where(c => query.Length == 0
                        || CultureInfo.CurrentCulture.CompareInfo.IndexOf(c.Name, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0
                        || c.Iso3.Equals(query, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
