using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Web.Countries;
using Palermo.Web.Localization;

namespace Palermo.Web.Pages.Countries;

public sealed class DetailModel(CountryDirectory directory) : PageModel
{
    public CountryView Country { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string iso3)
    {
        var all = (await directory.GetAsync(PalermoLocalization.CurrentLanguage())).Countries;
        var country = all.FirstOrDefault(c => string.Equals(c.Iso3, iso3, StringComparison.OrdinalIgnoreCase));
        if (country is null) return NotFound();
        Country = country;
        return Page();
    }
}
