using System.Globalization;

namespace Palermo.ReportingBench;

/// <summary>Command line: <c>--web DLL --hello DLL [--postgres CONN] [--states 190] [--contributors 200] [--seconds 30] [--think-ms 1000] [--runs 5] [--results FILE] [--keep] [--timings-only]</c>.</summary>
public sealed record BenchOptions(string Web, string Hello, string? Postgres, int States, int Contributors, int Seconds, int ThinkMs, int Runs, string? Results, bool Keep, bool TimingsOnly)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument {args[i]}");
            if (args[i] is "--keep" or "--timings-only") flags.Add(args[i][2..]);
            else if (i + 1 < args.Length) values[args[i][2..]] = args[++i];
            else throw new ArgumentException($"{args[i]} needs a value");
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        var postgres = values.GetValueOrDefault("postgres") ?? Environment.GetEnvironmentVariable("PALERMO_BENCH_POSTGRES");
        return new BenchOptions(Required("web"), Required("hello"), string.IsNullOrWhiteSpace(postgres) ? null : postgres,
            Int("states", 190), Int("contributors", 200), Int("seconds", 30), Int("think-ms", 1000), Int("runs", 5),
            values.GetValueOrDefault("results"), flags.Contains("keep"), flags.Contains("timings-only"));
    }
}
