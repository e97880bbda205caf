using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Palermo.Countries;
using Palermo.Reporting;
using Palermo.TreatyStatus;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Reporting;

/// <summary>Reporting cycles: list, detail, completeness and analysis (aggregates, for every signed-in user), and the secretariat's actions.</summary>
public static class CyclesApi
{
    public static void MapCyclesApi(this RouteGroupBuilder v1)
    {
        var cycles = v1.MapGroup("/cycles").WithTags("Reporting").RequireAuthorization();
        cycles.MapGet("/", ListAsync).WithName("ListCycles").WithSummary("The reporting cycles the caller may see, with their response rate");
        cycles.MapGet("/{id:int}", GetAsync).WithName("GetCycle").WithSummary("One cycle with its questionnaire");
        cycles.MapGet("/{id:int}/completeness", CompletenessAsync).WithName("GetCompleteness")
            .WithSummary("Who has answered: counts and rates for everyone, each country's state for the secretariat");
        cycles.MapGet("/{id:int}/analysis", AnalysisAsync).WithName("GetAnalysis")
            .WithSummary("Every question's distribution among the States that answered, beside earlier cycles");
        cycles.MapGet("/{id:int}/report.xlsx", ReportXlsxAsync).WithName("GetReportXlsx")
            .WithSummary("The analytical report as XLSX, in the chosen language and optionally one region");
        cycles.MapGet("/{id:int}/map.svg", MapAsync).WithName("GetCompletenessMap").WithSummary("Completeness as an SVG map in the request's language");

        var manage = cycles.MapGroup("/").RequirePermission(ReportingPermission.ManageCycles);
        manage.MapPost("/", CreateAsync).WithName("CreateCycle").WithSummary("Create a draft cycle with a questionnaire of the protocol");
        foreach (var (action, state) in new[] { ("open", CycleState.Open), ("close", CycleState.Closed), ("archive", CycleState.Archived) })
            manage.MapPost($"/{{id:int}}/{action}", (int id, HttpContext http, CycleManagement management, Problems problems) =>
                    MoveAsync(id, state, http, management, problems))
                .WithName(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(action) + "Cycle").WithSummary($"Move the cycle to «{Kebab.Of(state)}»");
        manage.MapPost("/{id:int}/extensions", ExtendAsync).WithName("ExtendDeadline").WithSummary("Give one country a later deadline");
    }

    public static async Task<JsonHttpResult<List<CycleView>>> ListAsync(HttpContext http, CycleQueries queries) =>
        TypedResults.Json((await queries.VisibleAsync(http.Actor())).Select(c => Kebab.View(c.Cycle, c.Questionnaire, c.Completeness.Rate)).ToList(),
            ReportingApiJson.Options);

    public static async Task<Results<JsonHttpResult<CycleDetailView>, ProblemHttpResult>> GetAsync(int id, HttpContext http, CycleQueries queries, Problems problems)
    {
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        var c = detail.Cycle;
        return TypedResults.Json(new CycleDetailView(c.Id, c.Name, c.Protocol.ToString(),
            new(detail.Questionnaire.Id, detail.Questionnaire.Code, detail.Questionnaire.Version), c.OpensOn, c.Deadline, Kebab.Of(c.State),
            LanguageCompleteness.IncompleteLanguages(detail.Definition), detail.Definition), ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<CompletenessView>, ProblemHttpResult>> CompletenessAsync(
        int id, HttpContext http, CycleService service, CycleQueries queries, Problems problems)
    {
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        var report = await service.CompletenessAsync(detail.Cycle);
        var detailed = http.Actor().Can(ReportingPermission.SeeRespondents);
        var reminders = detailed ? await queries.LastRemindersAsync(id) : new Dictionary<string, DateTimeOffset>();
        return TypedResults.Json(CompletenessView.From(report, detailed, reminders), ReportingApiJson.Options);
    }

    public static async Task<Results<JsonHttpResult<AnalysisReport>, ProblemHttpResult>> AnalysisAsync(
        int id, string? region, string? language, HttpContext http, CycleService service, CycleQueries queries, Problems problems)
    {
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        var lang = PalermoLanguages.IsSupported(language) ? language!.ToLowerInvariant() : PalermoLocalization.CurrentLanguage();
        return TypedResults.Json(await service.AnalysisAsync(detail, lang, string.IsNullOrWhiteSpace(region) ? null : region), ReportingApiJson.Options);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportXlsxAsync(int id, string? region, string? language, HttpContext http,
        CycleService service, CycleQueries queries, PlaceNames places, TimeProvider clock, Problems problems, IStringLocalizer<SharedResource> text)
    {
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        if (!string.IsNullOrEmpty(language) && !PalermoLanguages.IsSupported(language)) return problems.From(ProblemCodes.UnknownLanguage.With(language));
        var lang = string.IsNullOrEmpty(language) ? PalermoLocalization.CurrentLanguage() : language.ToLowerInvariant();
        var names = await places.InAsync(lang);
        var chosen = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        if (chosen is not null && !names.IsRegionInUse(chosen)) return problems.From(ProblemCodes.UnknownRegion.With(chosen));
        // The report's texts follow its language, not the request's.
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = PalermoLanguages.Culture(lang);
        try
        {
            var report = await CycleReport.LoadAsync(detail, service, names, clock, chosen);
            return TypedResults.File(CycleReportXlsx.Build(report, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"report-{detail.Cycle.Protocol}-{id.ToString(CultureInfo.InvariantCulture)}-{lang}.xlsx");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> MapAsync(int id, HttpContext http, CycleService service, CycleQueries queries,
        PlaceNames places, Problems problems, IStringLocalizer<SharedResource> text)
    {
        if (await queries.VisibleAsync(http.Actor(), id) is not { } detail) return problems.NotFound();
        var language = PalermoLocalization.CurrentLanguage();
        var names = await places.InAsync(language);
        var svg = StatusMap.Render(await service.CompletenessAsync(detail.Cycle), names.Regions, key => text[key],
            http.Actor().Can(ReportingPermission.SeeRespondents), language);
        return TypedResults.Content(svg, "image/svg+xml; charset=utf-8");
    }

    public static async Task<Results<Created<CycleView>, ProblemHttpResult>> CreateAsync(CycleBody body, HttpContext http, CycleManagement management,
        Problems problems)
    {
        if (!Enum.TryParse<Protocol>(body.Protocol, ignoreCase: true, out var protocol) || !Enum.IsDefined(protocol))
            return problems.From(ProblemCodes.UnknownProtocol.With(body.Protocol));
        if (body.OpensOn is not { } opens || body.Deadline is not { } deadline) return problems.From(ProblemCodes.DeadlineBeforeOpening.With());
        var created = await management.CreateAsync(http.Actor(), protocol, body.QuestionnaireId, opens, deadline);
        if (!created.Succeeded) return problems.From(created.Problem);
        var c = created.Value;
        return TypedResults.Created($"/api/v1/cycles/{c.Cycle.Id.ToString(CultureInfo.InvariantCulture)}", Kebab.View(c.Cycle, c.Questionnaire));
    }

    public static async Task<Results<Ok<CycleView>, ProblemHttpResult>> MoveAsync(int id, CycleState state, HttpContext http, CycleManagement management,
        Problems problems)
    {
        var moved = await management.MoveAsync(http.Actor(), id, state);
        return moved.Succeeded ? TypedResults.Ok(Kebab.View(moved.Value.Cycle, moved.Value.Questionnaire)) : problems.From(moved.Problem);
    }

    public static async Task<Results<Ok<ExtensionBody>, ProblemHttpResult>> ExtendAsync(int id, ExtensionBody body, HttpContext http,
        CycleManagement management, Problems problems)
    {
        if (body.Country is not { Length: 3 } country || body.Deadline is not { } deadline)
            return problems.From(ProblemCodes.ExtensionNotLater.With(body.Country));
        var result = await management.ExtendAsync(http.Actor(), id, country, deadline);
        return result.Succeeded ? TypedResults.Ok(new ExtensionBody(result.Value.CountryIso3, result.Value.Deadline)) : problems.From(result.Problem);
    }
}
