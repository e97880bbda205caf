using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Palermo.Data;
using Palermo.Reporting;
using Palermo.Web.Reporting;

namespace Palermo.ReportingBench;

/// <summary>Wall-clock milliseconds of one measured step over several runs (after one warm-up run).</summary>
public sealed record Timing(string Name, IReadOnlyList<double> Runs, IReadOnlyList<double>? CpuRuns = null)
{
    /// <summary>Median CPU milliseconds of the whole process during the step (GC included): closest to "one idle core" on a shared machine.</summary>
    public double CpuMedian => CpuRuns is { Count: > 0 } cpu ? Percentiles.Of(cpu, 0.5) : double.NaN;

    public double Median => Percentiles.Of(Runs, 0.5);
    public double Max => Runs.Max();
}

/// <summary>
/// Completeness, analysis and the XLSX exports timed through the real services, in-process, each run in a fresh DI
/// scope (a fresh DbContext, as a request gets). The XLSX export is the work of <c>GET …/export.xlsx</c>: completeness
/// rows with names, the analysis, and the workbook; the report XLSX that of <c>GET …/report.xlsx</c>.
/// </summary>
public static class Timings
{
    public static async Task<IReadOnlyList<Timing>> MeasureAsync(IServiceProvider services, int cycleId, int runs)
    {
        async Task<Timing> TimeAsync(string name, Func<IServiceProvider, CycleDetail, Task> step)
        {
            var list = new List<double>();
            var cpu = new List<double>();
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i <= runs; i++)
            {
                using var scope = services.CreateScope();
                var cycles = scope.ServiceProvider.GetRequiredService<CycleService>();
                var detail = (await cycles.FindAsync(cycleId))!;
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                await step(scope.ServiceProvider, detail);
                var wall = watch.Elapsed.TotalMilliseconds;
                process.Refresh();
                if (i == 0) continue;
                list.Add(wall);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
            return new Timing(name, list, cpu);
        }

        return
        [
            await TimeAsync("answers: load the analysed cycle's versions", async (s, d) => await LoadAnswersAsync(s, d)),
            await TimeAsync("answers: load and parse them", async (s, d) =>
            {
                foreach (var answers in await LoadAnswersAsync(s, d)) _ = QuestionnaireJson.ParseAnswers(answers);
            }),
            await TimeAsync("analysis engine only (answers in memory)", async (s, d) =>
            {
                var respondents = (await LoadAnswersAsync(s, d)).Select((a, i) => new RespondentAnswers(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "002",
                    QuestionnaireJson.ParseAnswers(a))).ToList();
                _ = AnalysisEngine.Analyse(d.Definition, respondents, "en", null, [new EarlierCycleAnswers(0, "earlier", default, d.Definition, respondents)]);
            }),
            await TimeAsync("completeness", async (s, d) => await s.GetRequiredService<CycleService>().CompletenessAsync(d.Cycle)),
            await TimeAsync("analysis (with comparison)", async (s, d) => await s.GetRequiredService<CycleService>().AnalysisAsync(d, "en", null)),
            await TimeAsync("analysis, one region", async (s, d) => await s.GetRequiredService<CycleService>().AnalysisAsync(d, "en", "002")),
            await TimeAsync("export.xlsx", async (s, d) => await ExportAsync(s, d)),
            await TimeAsync("report.xlsx (ar)", async (s, d) =>
            {
                var names = await s.GetRequiredService<Palermo.Countries.PlaceNames>().InAsync("ar");
                var report = await CycleReport.LoadAsync(d, s.GetRequiredService<CycleService>(), names, TimeProvider.System, null);
                _ = CycleReportXlsx.Build(report, s.GetRequiredService<IStringLocalizer<SharedResource>>());
            }),
        ];
    }

    /// <summary>
    /// One draft save at a time through <c>SubmissionService</c> (the whole 300-answer draft with the token), and the
    /// cycle lookup every submission request starts with: what a save costs without any concurrency.
    /// </summary>
    public static async Task<IReadOnlyList<Timing>> MeasureSaveAsync(IServiceProvider services, int cycleId, string iso3, QuestionnaireDefinition definition, int runs)
    {
        var find = new List<double>();
        var save = new List<double>();
        var random = new Random(7);
        for (var i = 0; i <= runs * 4; i++)
        {
            using var scope = services.CreateScope();
            var watch = Stopwatch.StartNew();
            var detail = (await scope.ServiceProvider.GetRequiredService<CycleService>().FindAsync(cycleId))!;
            var found = watch.Elapsed.TotalMilliseconds;
            var submissions = scope.ServiceProvider.GetRequiredService<SubmissionService>();
            var version = (await submissions.GetAsync(cycleId, iso3)).Version;
            var answers = BenchData.Answers(definition, random);
            watch.Restart();
            var saved = await submissions.SaveDraftAsync(detail, iso3, version, answers);
            if (!saved.Succeeded) throw new InvalidOperationException($"The bench save failed: {saved.Problem?.Code} {saved.Problem?.Detail}");
            if (i == 0) continue;
            find.Add(found);
            save.Add(watch.Elapsed.TotalMilliseconds);
        }
        return [new Timing("find cycle (parse questionnaire)", find), new Timing("save one draft", save)];
    }

    /// <summary>The part of the analysis that reads the database: every submitted version's answers (as text).</summary>
    private static async Task<List<string>> LoadAnswersAsync(IServiceProvider services, CycleDetail detail) =>
        await services.GetRequiredService<PalermoDbContext>().SubmissionVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.CycleId == detail.Cycle.Id).Select(v => v.Answers).ToListAsync();

    /// <summary>What <c>GET /api/v1/cycles/{id}/export.xlsx</c> does.</summary>
    private static async Task<byte[]> ExportAsync(IServiceProvider services, CycleDetail detail)
    {
        var cycles = services.GetRequiredService<CycleService>();
        var rows = await services.GetRequiredService<CycleQueries>().RespondentRowsAsync(detail, "en");
        var analysis = await cycles.AnalysisAsync(detail, "en", null);
        return CycleExport.Xlsx(rows, analysis);
    }
}

public static class Percentiles
{
    /// <summary>Nearest-rank percentile (p between 0 and 1).</summary>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
