using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Palermo.ReportingBench;

/// <summary>The printed table (figures beside their targets and the baseline) and the row for bench/results.md.</summary>
public static class Report
{
    /// <summary>Rows are inserted above this line in bench/results.md (the load run appends at the end of the file).</summary>
    public const string Marker = "<!-- reporting bench rows are inserted above this line -->";

    public static (string Table, string Row) Print(BenchOptions options, string engine, IReadOnlyList<Timing> inProcess, IReadOnlyList<Timing> overHttp,
        IReadOnlyList<LoadResult> load, double startMs)
    {
        static string Ms(double v) => double.IsNaN(v) ? "–" : v.ToString("0.0", CultureInfo.InvariantCulture);
        static string Verdict(double value, double target) => value < target ? "met" : "MISSED";
        var c = inProcess.Single(t => t.Name == "completeness");
        var a = inProcess.Single(t => t.Name.StartsWith("analysis (", StringComparison.Ordinal));
        var x = inProcess.Single(t => t.Name == "export.xlsx");
        var r = inProcess.Single(t => t.Name.StartsWith("report.xlsx", StringComparison.Ordinal));
        var saves = load.Single(l => l.Name.StartsWith("PUT", StringComparison.Ordinal));
        var hellos = load.Where(l => l.Name.StartsWith("hello", StringComparison.Ordinal)).ToList();

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{options.States} expected States × 300 questions, all answered; {engine}; {Environment.ProcessorCount} cores; load: {LoadAverage()}");
        table.AppendLine("| measure | median ms | CPU ms | max ms | target | |");
        table.AppendLine("|---|---:|---:|---:|---|---|");
        foreach (var t in inProcess)
        {
            var target = t == c ? 100 : t == a ? 1000 : t == x ? 5000 : double.NaN;
            table.AppendLine(CultureInfo.InvariantCulture, $"| {t.Name} (services) | {Ms(t.Median)} | {Ms(t.CpuMedian)} | {Ms(t.Max)} | {(double.IsNaN(target) ? "" : "< " + target)} | {(double.IsNaN(target) ? "" : Verdict(t.Median, target))} |");
        }
        foreach (var t in overHttp) table.AppendLine(CultureInfo.InvariantCulture, $"| {t.Name} (HTTP) | {Ms(t.Median)} | | {Ms(t.Max)} | | |");
        table.AppendLine();
        table.AppendLine(CultureInfo.InvariantCulture, $"{saves.Workers} concurrent clients, {options.Seconds} s each phase, think time {options.ThinkMs} ms (0.5–1.5×); Palermo ready {Ms(startMs)} ms after start");
        table.AppendLine("| phase | requests | per s | p50 ms | p95 ms | p99 ms | conflicts (409) | errors |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var l in load)
            table.AppendLine(CultureInfo.InvariantCulture, $"| {l.Name} | {l.Latencies.Count} | {l.PerSecond:0} | {Ms(l.P50)} | {Ms(l.P95)} | {Ms(l.P99)} | {l.Conflicts} | {l.Errors} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"p95 save {Ms(saves.P95)} ms: target < 200 ms {Verdict(saves.P95, 200)}");

        var row = string.Create(CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd'T'HH:mm'Z'} | {Commit()} | {engine} | {options.States} × 300 | {Ms(c.Median)} ({Ms(c.CpuMedian)}) | {Ms(a.Median)} ({Ms(a.CpuMedian)}) | {Ms(x.Median)} ({Ms(x.CpuMedian)}) | {Ms(r.Median)} ({Ms(r.CpuMedian)}) | " +
            $"{string.Join(" / ", overHttp.Take(3).Select(t => Ms(t.Median)))} | {Ms(saves.P50)} / {Ms(saves.P95)} / {Ms(saves.P99)} | {saves.PerSecond:0} ({saves.Conflicts}, {saves.Errors}) | " +
            $"{string.Join(" · ", hellos.Select(h => $"{Ms(h.P50)} / {Ms(h.P95)} / {Ms(h.P99)}"))} | {saves.Workers}, {options.ThinkMs} ms | {LoadAverage()} |");
        return (table.ToString(), row);
    }

    public static void Append(string file, string row)
    {
        var text = File.Exists(file) ? File.ReadAllText(file) : "";
        if (!text.Contains(Marker, StringComparison.Ordinal))
            text += "\n## Reporting bench\n\n" + Header + Marker + "\n";
        File.WriteAllText(file, text.Replace(Marker, row + "\n" + Marker, StringComparison.Ordinal));
        Console.WriteLine($"appended to {file}");
    }

    public const string Header =
        "| date (UTC) | commit | engine | States × questions | completeness ms (CPU) | analysis ms (CPU) | export.xlsx ms (CPU) | report.xlsx ms (CPU) | HTTP completeness / analysis / export ms | saves p50 / p95 / p99 ms | saves/s (409, errors) | hello p50 / p95 / p99 ms (before · after) | clients, think | load average |\n" +
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string Commit()
    {
        string Git(params string[] args)
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "?";
        }
        try
        {
            var dirty = Git("status", "--porcelain", "--", "src", "bench", ":(exclude)bench/results.md").Length > 0 ? "+dirty" : "";
            return Git("rev-parse", "--short", "HEAD") + dirty;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }
}
