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

/// <summary>The wording of one indicator (name, interview question, explanation) in the six languages; a save is a new version.</summary>
public sealed class IndicatorModel(LabourCatalogueStore store, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly string[] Members = ["name", "question", "explanation"];

    [BindProperty] public int BaseVersion { get; set; }
    [BindProperty] public Dictionary<string, string?> Name { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public Dictionary<string, string?> Question { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public Dictionary<string, string?> Explanation { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public string? Note { get; set; }

    public string Id { get; private set; } = "";
    public LabourScreeningCatalogue Catalogue { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }
    public string Language { get; } = PalermoLocalization.CurrentLanguage();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var texts = Catalogue.Translations.Indicators.GetValueOrDefault(id);
        foreach (var language in PalermoLanguages.Codes)
        {
            Name[language] = texts?.Name?.Get(language);
            Question[language] = texts?.Question?.Get(language);
            Explanation[language] = texts?.Explanation?.Get(language);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var edit = new LabourCatalogueEdit(BaseVersion, [new IndicatorEdit(id, null, Name, Question, Explanation)], Note: Note);
        var outcome = await store.SaveAsync(HttpContext.Actor(), edit, User.Identity?.Name, cancellationToken);
        if (outcome is { Succeeded: true, Value.Created: true }) return RedirectToPage("Index", new { saved = outcome.Value.Version.Version });
        if (!outcome.Succeeded && this.Refusal(outcome.Problem) is { } refused) return refused;
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (outcome.Succeeded) Notice = text["CatalogueAdmin.NoChange"];
        else Errors = CatalogueSaveMessages.Errors(outcome.Problem, text);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Catalogue = await store.CurrentAsync(cancellationToken);
        if (Catalogue.Evaluator.IndexOf(id) < 0) return false;
        Id = id;
        BaseVersion = Catalogue.Catalogue.Version;
        return true;
    }

    public Dictionary<string, string?> Texts(string member) => member switch
    {
        "name" => Name,
        "question" => Question,
        _ => Explanation,
    };

    public string Heading => string.Format(CultureInfo.CurrentCulture, text["CatalogueAdmin.WordingOf"], Id, Catalogue.IndicatorName(Id, Language));
}
