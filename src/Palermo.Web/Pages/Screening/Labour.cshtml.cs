using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Palermo.Screening;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Countries;
using Palermo.Web.Localization;
using Palermo.Web.Screening;

namespace Palermo.Web.Pages.Screening;

/// <summary>
/// The screening guide: profile, then the indicators by dimension, then the result. A plain form post, so it
/// works without JavaScript; nothing is stored unless a signed-in practitioner ticks "save".
/// </summary>
public sealed class LabourModel(
    LabourCatalogueStore catalogues,
    LabourAssessmentRecorder recorder,
    ReferralContactService referrals,
    CountryDirectory countries,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Profile { get; set; }
    [BindProperty] public bool ActPresent { get; set; }
    [BindProperty] public List<string> Indicators { get; set; } = [];
    [BindProperty] public bool Save { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? AgeGroup { get; set; }

    /// <summary>The edition in force, read once per request so that the questions and the evaluation agree.</summary>
    public LabourScreeningCatalogue Catalogue { get; private set; } = null!;
    public string Language { get; } = PalermoLocalization.CurrentLanguage();
    public ScreeningProfile ProfileValue => string.Equals(Profile, ScreeningProfiles.Child, StringComparison.Ordinal) ? ScreeningProfile.Child : ScreeningProfile.Adult;
    public ScreeningResult? Result { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public bool Saved { get; private set; }
    public IReadOnlyList<CountryView> CountryChoices { get; private set; } = [];
    public IReadOnlyList<ReferralContact> Referrals { get; private set; } = [];
    public string? ReferralCountry { get; private set; }

    public async Task OnGetAsync() => await PrepareAsync();

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync();
        var ask = new LabourAssessmentAsk(Profile ?? ScreeningProfiles.Adult, ProfileValue == ScreeningProfile.Child && ActPresent, Indicators, Save,
            new AnonymousRecordInput(Country, Sector, Sex, AgeGroup));
        var outcome = await recorder.AssessAsync(HttpContext.Actor(), Catalogue, ask, cancellationToken);
        if (!outcome.Succeeded)
        {
            Errors = await MessagesAsync(ask, outcome.Problem, cancellationToken);
            return;
        }
        Result = outcome.Value.Result;
        Saved = outcome.Value.Saved;
    }

    /// <summary>
    /// The use case stops at "sign in to save" before evaluating; the form still lists everything else that is wrong
    /// with it, so the person corrects it all at once.
    /// </summary>
    private async Task<IReadOnlyList<string>> MessagesAsync(LabourAssessmentAsk ask, Problem problem, CancellationToken cancellationToken)
    {
        if (problem.Code != ProblemCodes.ScreeningSaveRequiresSignIn) return text.Messages(problem);
        var unsaved = await recorder.AssessAsync(HttpContext.Actor(), Catalogue, ask with { Save = false }, cancellationToken);
        return [.. unsaved.Succeeded ? [] : text.Messages(unsaved.Problem), text.Message(new FieldError("save", problem.Code.Code))];
    }

    private async Task PrepareAsync()
    {
        Catalogue = await catalogues.CurrentAsync(HttpContext.RequestAborted);
        CountryChoices = (await countries.GetAsync(Language)).Countries.Where(c => !c.IsRegionalOrganization).ToList();
        ReferralCountry = string.IsNullOrWhiteSpace(Country) ? User.Country() : Country.Trim().ToUpperInvariant();
        Referrals = ReferralCountry is { Length: 3 } iso3 ? await referrals.ListAsync(iso3, HttpContext.RequestAborted) : [];
    }

    public bool Applies(LabourIndicator indicator) => indicator.Strength.For(ProfileValue) is not null;

    public bool Checked(string id) => Indicators.Contains(id, StringComparer.Ordinal);

    public string Question(string id) => LabourScreeningCatalogue.Text(Catalogue.Translations.Indicators.GetValueOrDefault(id)?.Question, Language, id);

    public string Explanation(string id) => LabourScreeningCatalogue.Text(Catalogue.Translations.Indicators.GetValueOrDefault(id)?.Explanation, Language, "");

    public string Named(IReadOnlyDictionary<string, NamedTexts> texts, string id, bool description = false) =>
        LabourScreeningCatalogue.Text(description ? texts.GetValueOrDefault(id)?.Description : texts.GetValueOrDefault(id)?.Name, Language, description ? "" : id);

    public string ActQuestion => LabourScreeningCatalogue.Text(Catalogue.Translations.ActPresent.Question, Language, "");

    public string ActExplanation => LabourScreeningCatalogue.Text(Catalogue.Translations.ActPresent.Explanation, Language, "");
}
