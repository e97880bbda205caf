using Palermo.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Palermo.Countries;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;
using Palermo.Web.Reporting;

namespace Palermo.Web.Pages.Reporting;

/// <summary>Who has answered a cycle and the headline indicators; each country's state for the secretariat only.</summary>
public sealed class CycleModel(CycleService cycles, CycleQueries queries, CycleManagement management, PlaceNames places,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : PageModel
{
    public CycleDetail Detail { get; private set; } = null!;
    public CompletenessReport Completeness { get; private set; } = null!;
    public AnalysisReport Analysis { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> CountryNames { get; private set; } = new Dictionary<string, string>();
    public bool ShowsCountries { get; private set; }
    public string? OwnCountry { get; private set; }
    public IReadOnlyList<string> IncompleteLanguages { get; private set; } = [];
    public string Language { get; private set; } = PalermoLanguages.Default;
    public IReadOnlyDictionary<string, DateTimeOffset> LastReminder { get; private set; } = new Dictionary<string, DateTimeOffset>();
    public int? RemindersSent { get; private set; }
    public IReadOnlyList<string> PublishedCountries { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>The secretariat moves the cycle one step: open (all six languages complete), close, archive.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, CycleState to)
    {
        var moved = await management.MoveAsync(HttpContext.Actor(), id, to);
        if (!moved.Succeeded && this.Refusal(moved.Problem) is { } refused) return refused;
        var page = await OnGetAsync(id);
        if (!moved.Succeeded) Error = text.Messages(moved.Problem)[0];
        return page;
    }

    /// <summary>The secretariat reminds every State that has not answered (the API also takes a chosen list).</summary>
    public async Task<IActionResult> OnPostRemindAsync(int id)
    {
        var result = await management.RemindAsync(HttpContext.Actor(), id, null);
        if (!result.Succeeded && this.Refusal(result.Problem) is { } refused) return refused;
        RemindersSent = result.Succeeded ? result.Value.Count : 0;
        return await OnGetAsync(id);
    }

    /// <summary>The extensions granted in this cycle, by country.</summary>
    public IReadOnlyList<DeadlineExtension> Extensions { get; private set; } = [];

    /// <summary>The States that may get an extension: the expected respondents and those that became parties since.</summary>
    public IReadOnlyList<string> ExtensionCandidates { get; private set; } = [];

    public string? Message { get; private set; }

    [BindProperty] public string? ExtensionCountry { get; set; }

    /// <summary>As the date field sends it (yyyy-MM-dd): parsed here, culture-invariant, so any page language reads it alike.</summary>
    [BindProperty] public string? ExtensionDeadline { get; set; }

    /// <summary>The secretariat gives one country a later deadline; a bad choice is explained and nothing is stored.</summary>
    public async Task<IActionResult> OnPostExtendAsync(int id)
    {
        if (!HttpContext.Actor().Can(ReportingPermission.ManageCycles)) return Forbid();
        var detail = await cycles.FindAsync(id);
        if (detail is null) return NotFound();
        var (expected, late) = await cycles.RespondentsAsync(detail.Cycle);
        var country = ExtensionCountry?.Trim().ToUpperInvariant() ?? "";
        var parsed = DateOnly.TryParseExact(ExtensionDeadline?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var deadline);
        string? error = null;
        if (!expected.Any(e => e.Iso3 == country) && !late.Contains(country, StringComparer.Ordinal)) error = text["Reporting.Extension.ChooseCountry"];
        else if (!parsed) error = text["Reporting.Extension.DateRequired"];
        else if (deadline <= detail.Cycle.Deadline)
            error = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Reporting.Extension.NotLater"], detail.Cycle.Deadline.ToString("D", System.Globalization.CultureInfo.CurrentCulture));
        Outcome<DeadlineExtension>? result = error is null ? await management.ExtendAsync(HttpContext.Actor(), id, country, deadline) : null;
        if (result is { Succeeded: false }) error = text["Problem.extension-not-later"];
        var page = await OnGetAsync(id);
        if (error is not null) Error = error;
        else
        {
            Message = string.Format(System.Globalization.CultureInfo.CurrentCulture, text["Reporting.Extension.Granted"],
                CountryNames.GetValueOrDefault(country, country), deadline.ToString("D", System.Globalization.CultureInfo.CurrentCulture));
            ExtensionCountry = null;
            ExtensionDeadline = null;
        }
        return page;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var actor = HttpContext.Actor();
        if (await queries.VisibleAsync(actor, id) is not { } detail) return NotFound();
        Detail = detail;
        Language = PalermoLocalization.CurrentLanguage();
        Completeness = await cycles.CompletenessAsync(detail.Cycle);
        IncompleteLanguages = LanguageCompleteness.IncompleteLanguages(detail.Definition);
        Analysis = await cycles.AnalysisAsync(detail, Language, null);
        var names = await places.InAsync(Language);
        RegionNames = names.Regions;
        CountryNames = names.Countries;
        ShowsCountries = actor.Can(ReportingPermission.SeeRespondents);
        if (ShowsCountries)
        {
            Extensions = await queries.ExtensionsAsync(id);
            var (expected, late) = await cycles.RespondentsAsync(detail.Cycle);
            ExtensionCandidates = expected.Select(e => e.Iso3).Concat(late).Distinct(StringComparer.Ordinal)
                .OrderBy(i => CountryNames.GetValueOrDefault(i, i), StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        }
        if (ShowsCountries) LastReminder = await queries.LastRemindersAsync(id);
        // Other States parties' submissions their country agreed to publish.
        PublishedCountries = await queries.PublishedToAsync(actor, id);
        var country = actor.CountryIso3;
        if (country is not null && actor.Can(ReportingPermission.ReadWorkingCopy, new SubmissionSubject(detail.Cycle.State, country))
            && Completeness.Countries.Any(c => c.Iso3 == country)) OwnCountry = country;
        return Page();
    }
}
