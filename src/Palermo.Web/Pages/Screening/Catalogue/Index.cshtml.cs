using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;
using Palermo.Web.Screening;

namespace Palermo.Web.Pages.Screening.Catalogue;

/// <summary>
/// The secretariat adapts the labour-indicator weights; each save is a new catalogue version, the history
/// stays listed below. Wording is edited per indicator on <see cref="IndicatorModel"/>.
/// </summary>
public sealed class IndexModel(LabourCatalogueStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public int BaseVersion { get; set; }
    [BindProperty] public Dictionary<string, string> Adult { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public Dictionary<string, string> Child { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public string? Note { get; set; }

    public LabourScreeningCatalogue Catalogue { get; private set; } = null!;
    public IReadOnlyList<LabourCatalogueVersion> Versions { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }
    public string Language { get; } = PalermoLocalization.CurrentLanguage();

    public async Task OnGetAsync(int? saved, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (saved is { } version) Notice = string.Format(CultureInfo.CurrentCulture, text["CatalogueAdmin.Saved"], version);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var edit = new LabourCatalogueEdit(
            BaseVersion,
            [.. Adult.Keys.Union(Child.Keys, StringComparer.Ordinal).Select(id => new IndicatorEdit(
                id, new WeightEdit(Blank(Adult.GetValueOrDefault(id)), Blank(Child.GetValueOrDefault(id)))))],
            Note: Note);
        var outcome = await store.SaveAsync(HttpContext.Actor(), edit, User.Identity?.Name, cancellationToken);
        if (outcome is { Succeeded: true, Value.Created: true }) return RedirectToPage(new { saved = outcome.Value.Version.Version });
        if (!outcome.Succeeded && this.Refusal(outcome.Problem) is { } refused) return refused;
        // A conflict, problems or "nothing changed" stay on the page (nothing stored).
        if (outcome.Succeeded) Notice = text["CatalogueAdmin.NoChange"];
        else Errors = CatalogueSaveMessages.Errors(outcome.Problem, text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Catalogue = await store.CurrentAsync(cancellationToken);
        Versions = await store.VersionsAsync(cancellationToken);
        BaseVersion = Catalogue.Catalogue.Version;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    public string Name(string indicatorId) => Catalogue.IndicatorName(indicatorId, Language);

    public static string? Wire(IndicatorWeight? weight) => CatalogueDocument.Wire(weight);
}
