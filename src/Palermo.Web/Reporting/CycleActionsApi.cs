using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Palermo.Data;
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
        var cycles = v1.MapGroup("/cycles/{id:int}").WithTags("Reporting").RequireAuthorization(AuthorizationPolicies.Secretariat);

        cycles.MapGet("/export.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, CycleService service, PalermoDbContext db, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null) return problems.NotFound();
            var rows = await RowsAsync(detail, service, db);
            db.Record("reporting.exported", nameof(Cycle), id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: new { format = "csv" });
            await db.SaveChangesAsync();
            return TypedResults.File(CycleExport.Csv(rows), "text/csv; charset=utf-8", $"completeness-{detail.Cycle.Protocol}-{id}.csv");
        });

        cycles.MapGet("/export.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, CycleService service, PalermoDbContext db, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null) return problems.NotFound();
            var rows = await RowsAsync(detail, service, db);
            var analysis = await service.AnalysisAsync(detail, PalermoLocalization.CurrentLanguage(), null);
            db.Record("reporting.exported", nameof(Cycle), id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: new { format = "xlsx" });
            await db.SaveChangesAsync();
            return TypedResults.File(CycleExport.Xlsx(rows, analysis), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                $"cycle-{detail.Cycle.Protocol}-{id}.xlsx");
        });

        cycles.MapPost("/reminders", async Task<Results<Ok<IReadOnlyList<ReminderSent>>, ProblemHttpResult>> (
            int id, ReminderBody? body, CycleService service, ReminderService reminders, Problems problems) =>
        {
            var detail = await service.FindAsync(id);
            if (detail is null) return problems.NotFound();
            var result = await reminders.SendAsync(detail.Cycle, body?.Countries);
            return result.Succeeded ? TypedResults.Ok(result.Value!) : CyclesApi.Fail(problems, result);
        });
    }

    private static async Task<List<CompletenessRow>> RowsAsync(CycleDetail detail, CycleService service, PalermoDbContext db)
    {
        var language = PalermoLocalization.CurrentLanguage();
        var report = await service.CompletenessAsync(detail.Cycle);
        var names = (await db.Countries.AsNoTracking().ToListAsync()).ToDictionary(c => c.Iso3, c => c.Names.In(language), StringComparer.Ordinal);
        var regions = (await db.Regions.AsNoTracking().ToListAsync()).ToDictionary(r => r.M49, r => r.Names.In(language), StringComparer.Ordinal);
        var reminders = (await db.Reminders.AsNoTracking().Where(r => r.CycleId == detail.Cycle.Id).ToListAsync())
            .GroupBy(r => r.CountryIso3).ToDictionary(g => g.Key, g => g.Max(r => r.SentAt), StringComparer.Ordinal);
        return report.Countries.Select(c => new CompletenessRow(c.Iso3, names.GetValueOrDefault(c.Iso3, c.Iso3),
            c.RegionM49 is { } m ? regions.GetValueOrDefault(m, m) : "", Kebab.Of(c.State), c.Deadline, c.SubmittedAt, c.OnTime, c.Overdue,
            reminders.TryGetValue(c.Iso3, out var at) ? at : null)).ToList();
    }
}
