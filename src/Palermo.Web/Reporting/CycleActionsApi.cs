using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Palermo.Reporting;
using Palermo.Web.Accounts;
using Palermo.Web.Api;
using Palermo.Web.Localization;

namespace Palermo.Web.Reporting;

public sealed record ReminderBody(IReadOnlyList<string>? Countries);

/// <summary>The secretariat's exports (CSV, XLSX) and reminders to States that have not answered.</summary>
public static class CycleActionsApi
{
    public static void MapCycleActionsApi(this RouteGroupBuilder v1)
    {
        var cycles = v1.MapGroup("/cycles/{id:int}").WithTags("Reporting").RequirePermission(ReportingPermission.ManageCycles);
        cycles.MapGet("/export.csv", ExportCsvAsync).WithName("ExportCompletenessCsv")
            .WithSummary("Who has answered the cycle, one row per expected State, as CSV");
        cycles.MapGet("/export.xlsx", ExportXlsxAsync).WithName("ExportCycleXlsx")
            .WithSummary("Completeness, headline indicators and every answer's distribution, as XLSX");
        cycles.MapPost("/reminders", RemindAsync).WithName("SendReminders")
            .WithSummary("Remind States that have not answered (all of them, or the ones listed), each in its language");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCsvAsync(int id, HttpContext http, CycleManagement management,
        Problems problems)
    {
        var export = await management.ExportAsync(http.Actor(), id, PalermoLocalization.CurrentLanguage(), "csv", withAnalysis: false);
        if (!export.Succeeded) return problems.From(export.Problem);
        return TypedResults.File(CycleExport.Csv(export.Value.Rows), "text/csv; charset=utf-8",
            $"completeness-{export.Value.Detail.Cycle.Protocol}-{Id(id)}.csv");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportXlsxAsync(int id, HttpContext http, CycleManagement management,
        Problems problems)
    {
        var export = await management.ExportAsync(http.Actor(), id, PalermoLocalization.CurrentLanguage(), "xlsx", withAnalysis: true);
        if (!export.Succeeded) return problems.From(export.Problem);
        return TypedResults.File(CycleExport.Xlsx(export.Value.Rows, export.Value.Analysis!), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"cycle-{export.Value.Detail.Cycle.Protocol}-{Id(id)}.xlsx");
    }

    public static async Task<Results<Ok<IReadOnlyList<ReminderSent>>, ProblemHttpResult>> RemindAsync(int id, ReminderBody? body, HttpContext http,
        CycleManagement management, Problems problems)
    {
        var result = await management.RemindAsync(http.Actor(), id, body?.Countries);
        return result.Succeeded ? TypedResults.Ok(result.Value) : problems.From(result.Problem);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
