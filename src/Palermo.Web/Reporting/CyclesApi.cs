using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
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

        cycles.MapGet("/", async (HttpContext http, PalermoDbContext db, CycleService service) =>
        {
            // Draft cycles are the secretariat's work in progress.
            var list = (await service.ListAsync()).Where(c => c.State != CycleState.Draft || http.User.IsSecretariat()).ToList();
            var questionnaires = await db.Questionnaires.AsNoTracking().ToDictionaryAsync(q => q.Id);
            var views = new List<CycleView>(list.Count);
            foreach (var cycle in list)
                views.Add(Kebab.View(cycle, questionnaires[cycle.QuestionnaireId], (await service.CompletenessAsync(cycle)).Rate));
            return TypedResults.Json(views, ReportingApiJson.Options);
        });

        cycles.MapGet("/{id:int}", async Task<Results<JsonHttpResult<CycleDetailView>, ProblemHttpResult>> (int id, HttpContext http, CycleService service, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null || !Visible(detail, http)) return problems.NotFound();
            var c = detail.Cycle;
            return TypedResults.Json(new CycleDetailView(c.Id, c.Name, c.Protocol.ToString(),
                new(detail.Questionnaire.Id, detail.Questionnaire.Code, detail.Questionnaire.Version), c.OpensOn, c.Deadline, Kebab.Of(c.State),
                LanguageCompleteness.IncompleteLanguages(detail.Definition), detail.Definition), ReportingApiJson.Options);
        });

        cycles.MapGet("/{id:int}/completeness", async Task<Results<JsonHttpResult<CompletenessView>, ProblemHttpResult>> (
            int id, HttpContext http, CycleService service, PalermoDbContext db, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null || !Visible(detail, http)) return problems.NotFound();
            var report = await service.CompletenessAsync(detail.Cycle);
            var lastReminder = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            foreach (var r in await db.Reminders.AsNoTracking().Where(r => r.CycleId == id).ToListAsync())
                if (!lastReminder.TryGetValue(r.CountryIso3, out var at) || r.SentAt > at) lastReminder[r.CountryIso3] = r.SentAt;
            return TypedResults.Json(CompletenessView.From(report, http.User.IsSecretariat(), lastReminder), ReportingApiJson.Options);
        });

        cycles.MapGet("/{id:int}/analysis", async Task<Results<JsonHttpResult<AnalysisReport>, ProblemHttpResult>> (
            int id, string? region, string? language, HttpContext http, CycleService service, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null || !Visible(detail, http)) return problems.NotFound();
            var lang = PalermoLanguages.IsSupported(language) ? language!.ToLowerInvariant() : PalermoLocalization.CurrentLanguage();
            return TypedResults.Json(await service.AnalysisAsync(detail, lang, string.IsNullOrWhiteSpace(region) ? null : region), ReportingApiJson.Options);
        });

        // The analytical report as XLSX, in the chosen language (default: the request's) and optionally one region.
        cycles.MapGet("/{id:int}/report.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            int id, string? region, string? language, HttpContext http, CycleService service, PalermoDbContext db, TimeProvider clock, Problems problems,
            Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null || !Visible(detail, http)) return problems.NotFound();
            if (!string.IsNullOrEmpty(language) && !PalermoLanguages.IsSupported(language)) return problems.Create(StatusCodes.Status400BadRequest, "unknown-language", language);
            var chosen = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
            if (chosen is not null && !(await CycleReport.RegionCodesAsync(db)).Contains(chosen, StringComparer.Ordinal))
                return problems.Create(StatusCodes.Status400BadRequest, "unknown-region", chosen);
            var lang = string.IsNullOrEmpty(language) ? PalermoLocalization.CurrentLanguage() : language.ToLowerInvariant();
            // The report's texts follow its language, not the request's.
            var culture = PalermoLanguages.Culture(lang);
            var (before, beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = culture;
            try
            {
                var report = await CycleReport.LoadAsync(detail, service, db, clock, lang, chosen);
                return TypedResults.File(CycleReportXlsx.Build(report, text), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    $"report-{detail.Cycle.Protocol}-{id}-{lang}.xlsx");
            }
            finally
            {
                (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
            }
        });

        cycles.MapGet("/{id:int}/map.svg", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
            int id, HttpContext http, CycleService service, PalermoDbContext db, Problems problems, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null || !Visible(detail, http)) return problems.NotFound();
            var language = PalermoLocalization.CurrentLanguage();
            var regions = (await db.Regions.AsNoTracking().ToListAsync()).ToDictionary(r => r.M49, r => r.Names.In(language), StringComparer.Ordinal);
            var svg = StatusMap.Render(await service.CompletenessAsync(detail.Cycle), regions, key => text[key], http.User.IsSecretariat(), language);
            return TypedResults.Content(svg, "image/svg+xml; charset=utf-8");
        });

        var secretariat = cycles.MapGroup("/").RequireAuthorization(AuthorizationPolicies.Secretariat);
        secretariat.MapPost("/", async Task<Results<Created<CycleView>, ProblemHttpResult>> (CycleBody body, CycleService service, PalermoDbContext db, Problems problems) =>
        {
            if (!Enum.TryParse<Protocol>(body.Protocol, ignoreCase: true, out var protocol) || !Enum.IsDefined(protocol))
                return problems.Create(StatusCodes.Status400BadRequest, "unknown-protocol", body.Protocol);
            if (body.OpensOn is not { } opens || body.Deadline is not { } deadline)
                return problems.Create(StatusCodes.Status400BadRequest, "deadline-before-opening");
            var result = await service.CreateAsync(protocol, body.QuestionnaireId, opens, deadline);
            if (!result.Succeeded) return Fail(problems, result);
            var q = await db.Questionnaires.AsNoTracking().FirstAsync(x => x.Id == result.Value!.QuestionnaireId);
            return TypedResults.Created($"/api/v1/cycles/{result.Value!.Id}", Kebab.View(result.Value, q));
        });
        foreach (var (action, state) in new[] { ("open", CycleState.Open), ("close", CycleState.Closed), ("archive", CycleState.Archived) })
        {
            secretariat.MapPost($"/{{id:int}}/{action}", async Task<Results<Ok<CycleView>, ProblemHttpResult>> (int id, CycleService service, PalermoDbContext db, Problems problems) =>
            {
                var result = await service.MoveAsync(id, state);
                if (!result.Succeeded) return Fail(problems, result);
                var q = await db.Questionnaires.AsNoTracking().FirstAsync(x => x.Id == result.Value!.QuestionnaireId);
                return TypedResults.Ok(Kebab.View(result.Value!, q));
            });
        }
        secretariat.MapPost("/{id:int}/extensions", async Task<Results<Ok<ExtensionBody>, ProblemHttpResult>> (int id, ExtensionBody body, CycleService service, Problems problems) =>
        {
            if (body.Country is not { Length: 3 } country || body.Deadline is not { } deadline)
                return problems.Create(StatusCodes.Status400BadRequest, "extension-not-later", body.Country);
            var result = await service.ExtendAsync(id, country.ToUpperInvariant(), deadline);
            return result.Succeeded ? TypedResults.Ok(new ExtensionBody(result.Value!.CountryIso3, result.Value.Deadline)) : Fail(problems, result);
        });
    }

    internal static bool Visible(CycleDetail detail, HttpContext http) => detail.Cycle.State != CycleState.Draft || http.User.IsSecretariat();

    internal static ProblemHttpResult Fail<T>(Problems problems, ReportingResult<T> result) => result.Outcome switch
    {
        ReportingOutcome.NotFound => problems.Create(StatusCodes.Status404NotFound, result.Detail is { } d && !d.Contains(' ', StringComparison.Ordinal) && d.Contains('-', StringComparison.Ordinal) ? d : "not-found"),
        ReportingOutcome.Invalid when result.Problems.Count > 0 => problems.InvalidAnswers(result.Problems),
        ReportingOutcome.Invalid => problems.Create(StatusCodes.Status400BadRequest, result.Detail ?? "bad-request"),
        ReportingOutcome.IncompleteLanguages => problems.Create(StatusCodes.Status409Conflict, "incomplete-languages", result.Detail),
        ReportingOutcome.WrongState => problems.Create(StatusCodes.Status409Conflict,
            result.Detail is "cycle-not-open" or "submission-locked" or "nothing-to-submit" or "not-submitted" ? result.Detail : "wrong-state", result.Detail),
        _ => problems.Create(StatusCodes.Status409Conflict, "wrong-state"),
    };
}
