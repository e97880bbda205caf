using BenchmarkDotNet.Attributes;
using Palermo.Screening;

namespace Palermo.Benchmarks;

/// <summary>
/// Labour screening evaluations per second with the shipped ILO catalogue (one operation = one screening).
/// The baseline touches every indicator id of the same cases once (a length checksum): the floor for any evaluator.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class ScreeningBenchmarks
{
    private LabourScreeningEvaluator _evaluator = null!;
    private Case[] _cases = [];

    private sealed record Case(string Profile, ScreeningProfile ParsedProfile, bool ActPresent, string?[] Ids, int[] Indices);

    /// <summary>Realistic inspections: nothing found, one positive dimension, several, a child, many indicators.</summary>
    private static readonly (string Profile, bool Act, string[] Ids)[] Inputs =
    [
        ("adult", false, []),
        ("adult", true, ["DR01", "DR02"]),
        ("adult", true, ["DR01", "DR02", "CD01", "CD02", "EX01", "EX02"]),
        ("child", false, ["CR01", "CR02", "RV01", "AV01", "AV02", "AV03"]),
        ("adult", true, ["DR01", "DR02", "DR03", "CR01", "CR03", "RV01", "RV02", "RV03", "EX01", "EX02", "EX03", "CD01", "CD02", "AV01", "AV02", "AV03"]),
    ];

    private const int Operations = 5;

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = LabourScreeningEvaluator.Create(LabourCatalogueLoader.Load(CataloguePath()));
        _cases = [.. Inputs.Select(input =>
        {
            if (!ScreeningProfiles.TryParse(input.Profile, out var profile)) throw new InvalidOperationException("bad profile " + input.Profile);
            var indices = input.Ids.Select(_evaluator.IndexOf).ToArray();
            if (indices.Any(i => i < 0)) throw new InvalidOperationException("unknown indicator in " + string.Join(',', input.Ids));
            if (!_evaluator.Evaluate(profile, input.Act, input.Ids).IsValid) throw new InvalidOperationException("invalid case " + string.Join(',', input.Ids));
            return new Case(input.Profile, profile, input.Act, input.Ids, indices);
        })];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int ChecksumBaseline()
    {
        var total = 0;
        foreach (var c in _cases)
        {
            total += c.Profile.Length + (c.ActPresent ? 1 : 0);
            foreach (var id in c.Ids) total += id!.Length + id[^1];
        }
        return total;
    }

    /// <summary>The wire-level entry point the API uses: profile text, ids as received.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int EvaluateWire()
    {
        var total = 0;
        foreach (var c in _cases) total += _evaluator.Evaluate(c.Profile, c.ActPresent, c.Ids).Result!.Dimensions.Count;
        return total;
    }

    /// <summary>Full evaluation with a parsed profile: a complete <see cref="ScreeningResult"/> per case.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int Evaluate()
    {
        var total = 0;
        foreach (var c in _cases) total += _evaluator.Evaluate(c.ParsedProfile, c.ActPresent, c.Ids).Result!.Dimensions.Count;
        return total;
    }

    /// <summary>The allocation-free bulk path: pre-resolved indices, outcome id only.</summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int TryEvaluateOutcome()
    {
        var total = 0;
        foreach (var c in _cases)
        {
            if (_evaluator.TryEvaluateOutcome(c.ParsedProfile, c.ActPresent, c.Indices, out var outcome)) total += outcome!.Length;
        }
        return total;
    }

    /// <summary>data/ is copied beside Core's consumers; BenchmarkDotNet runs from a generated folder below ours, so look upwards.</summary>
    private static string CataloguePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "screening", "labour-indicators.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("data/screening/labour-indicators.json not found above " + AppContext.BaseDirectory);
    }
}
