using System.Diagnostics;
using System.Globalization;

namespace Palermo.Benchmarks;

/// <summary>
/// The same benchmark methods, counted per second of CPU time this process used rather than per second of wall
/// time: on a machine shared with other work, that is the figure closest to "on one dedicated core".
/// Run with: dotnet run -c Release --project bench/Palermo.Benchmarks -- --cpu
/// </summary>
internal static class CpuTimeRun
{
    private const int OperationsPerCall = 5;

    public static void Run()
    {
        var mrz = new MrzBenchmarks();
        var screening = new ScreeningBenchmarks();
        screening.Setup();
        (string Name, Func<int> Body)[] cases =
        [
            ("Mrz.ChecksumBaseline", mrz.ChecksumBaseline),
            ("Mrz.IsValid", mrz.IsValid),
            ("Mrz.Parse", mrz.Parse),
            ("Screening.ChecksumBaseline", screening.ChecksumBaseline),
            ("Screening.EvaluateWire", screening.EvaluateWire),
            ("Screening.Evaluate", screening.Evaluate),
            ("Screening.TryEvaluateOutcome", screening.TryEvaluateOutcome),
        ];
        Console.WriteLine("| method | ops per CPU-second | ops per wall-second | CPU share |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, body) in cases)
        {
            Measure(body, TimeSpan.FromSeconds(1)); // warm-up: let tiered JIT reach its optimized code
            var (cpu, wall, ops) = Measure(body, TimeSpan.FromSeconds(3));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {ops / cpu.TotalSeconds:N0} | {ops / wall.TotalSeconds:N0} | {cpu / wall:P0} |"));
        }
    }

    private static (TimeSpan Cpu, TimeSpan Wall, long Operations) Measure(Func<int> body, TimeSpan duration)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        long calls = 0;
        var sink = 0;
        while (wall.Elapsed < duration)
        {
            for (var i = 0; i < 1000; i++) sink += body();
            calls += 1000;
        }
        wall.Stop();
        process.Refresh();
        GC.KeepAlive(sink);
        return (process.TotalProcessorTime - cpuStart, wall.Elapsed, calls * OperationsPerCall);
    }
}
