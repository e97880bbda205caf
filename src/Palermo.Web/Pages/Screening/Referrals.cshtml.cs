using Palermo.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Accounts;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Countries;
using Palermo.Web.Localization;
using Palermo.Web.Screening;

namespace Palermo.Web.Pages.Screening;

/// <summary>
/// Referral contacts of one country, edited by its focal point (their own country only) or the secretariat
/// administrator (any country). The guide shows them under "what to do next".
/// </summary>
public sealed class ReferralsModel(ReferralContactService service, CountryDirectory countries, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Edit { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public Dictionary<string, string?> Name { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public Dictionary<string, string?> Description { get; set; } = new(StringComparer.Ordinal);
    [BindProperty] public string? Phone { get; set; }
    [BindProperty(Name = "Url")] public string? Website { get; set; }
    [BindProperty] public string? Email { get; set; }

    public IReadOnlyList<ReferralContact> Contacts { get; private set; } = [];
    public IReadOnlyList<CountryView> CountryChoices { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Notice { get; private set; }
    public string Language { get; } = PalermoLocalization.CurrentLanguage();
    public bool ChoosesCountry => HttpContext.Actor().ChoosesReferralCountry();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ResolveCountry()) return Forbid();
        if (Edit is { } id)
        {
            if (await service.FindAsync(id, cancellationToken) is not { } contact || contact.CountryIso3 != Country) return NotFound();
            Kind = contact.Kind;
            Phone = contact.Phone;
            Website = contact.Url;
            Email = contact.Email;
            foreach (var language in PalermoLanguages.Codes)
            {
                Name[language] = ReferralText.Get(contact.Names, language);
                Description[language] = ReferralText.Get(contact.Descriptions, language);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!ResolveCountry()) return Forbid();
        if (Edit is { } id && !await IsOnThisPageAsync(id, cancellationToken)) return NotFound();
        var input = new ReferralContactInput(Country, Kind, Name, Description, Phone, Website, Email);
        var outcome = Edit is { } editing
            ? await service.UpdateAsync(HttpContext.Actor(), editing, input, cancellationToken)
            : await service.CreateAsync(HttpContext.Actor(), input, cancellationToken);
        if (!outcome.Succeeded)
        {
            if (this.Refusal(outcome.Problem) is { } refused) return refused;
            Errors = text.Messages(outcome.Problem);
            await LoadAsync(cancellationToken);
            return Page();
        }
        return RedirectToPage(new { country = Country, edit = (Guid?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ResolveCountry()) return Forbid();
        if (!await IsOnThisPageAsync(id, cancellationToken)) return NotFound();
        var outcome = await service.DeleteAsync(HttpContext.Actor(), id, cancellationToken);
        if (!outcome.Succeeded) return this.Refusal(outcome.Problem) ?? NotFound();
        return RedirectToPage(new { country = Country, edit = (Guid?)null });
    }

    /// <summary>The page works on one country's list: a contact of another is not on it, whoever may edit that one too.</summary>
    private async Task<bool> IsOnThisPageAsync(Guid id, CancellationToken cancellationToken) =>
        await service.FindAsync(id, cancellationToken) is { } contact && contact.CountryIso3 == Country;

    /// <summary>A focal point always works on their own country; a country in the URL that is not theirs is refused.</summary>
    private bool ResolveCountry()
    {
        var own = User.Country();
        Country = string.IsNullOrWhiteSpace(Country) ? own : Country.Trim().ToUpperInvariant();
        if (Country is null) return ChoosesCountry;
        return HttpContext.Actor().Can(ScreeningPermission.EditReferralContacts, Country);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CountryChoices = ChoosesCountry ? [.. (await countries.GetAsync(Language)).Countries.Where(c => !c.IsRegionalOrganization)] : [];
        Contacts = Country is null ? [] : await service.ListAsync(Country, cancellationToken);
    }
}
