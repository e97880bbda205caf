using System.Diagnostics;

namespace Palermo.ReportingBench;

/// <summary>The latencies of one load phase, in milliseconds, with what came back.</summary>
public sealed record LoadResult(string Name, int Workers, double Seconds, IReadOnlyList<double> Latencies, int Errors, int Conflicts)
{
    public double P50 => Percentiles.Of(Latencies, 0.50);
    public double P95 => Percentiles.Of(Latencies, 0.95);
    public double P99 => Percentiles.Of(Latencies, 0.99);
    public double PerSecond => Latencies.Count / Seconds;
}

public enum Outcome
{
    Ok,
    Conflict,
    Error,
}

/// <summary>
/// N workers, each in its own loop for the duration: one request, its latency recorded, then a think time drawn
/// between half and one and a half times the mean (people do not save in lockstep). Workers start spread over one
/// think time, so the run does not open with all of them at once.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string name, int workers, TimeSpan duration, TimeSpan think, Func<int, Task<Outcome>> request)
    {
        var latencies = new List<double>[workers];
        int errors = 0, conflicts = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var random = new Random(w);
            var mine = latencies[w] = [];
            if (think > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * think.TotalMilliseconds));
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                Outcome outcome;
                try
                {
                    outcome = await request(w);
                }
                catch (HttpRequestException)
                {
                    outcome = Outcome.Error;
                }
                catch (TaskCanceledException)
                {
                    outcome = Outcome.Error;
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (outcome == Outcome.Error) Interlocked.Increment(ref errors);
                if (outcome == Outcome.Conflict) Interlocked.Increment(ref conflicts);
                if (think > TimeSpan.Zero) await Task.Delay(TimeSpan.FromMilliseconds(think.TotalMilliseconds * (0.5 + random.NextDouble())));
            }
        }).ToList();
        await Task.WhenAll(tasks);
        return new LoadResult(name, workers, clock.Elapsed.TotalSeconds, latencies.SelectMany(l => l).ToList(), errors, conflicts);
    }
}
