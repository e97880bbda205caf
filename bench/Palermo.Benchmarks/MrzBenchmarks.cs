using BenchmarkDotNet.Attributes;
using Palermo.TravelDocuments;

namespace Palermo.Benchmarks;

/// <summary>
/// MRZ validations per second over the ICAO Doc 9303 specimens (one operation = one MRZ). The baseline is an
/// ICAO 7-3-1 checksum over every character of the same strings: the least any validator has to do.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class MrzBenchmarks
{
    /// <summary>TD1, TD2, TD3, MRV-A, MRV-B specimens, as in tests/Palermo.Core.Tests/TravelDocuments/MrzTestData.cs.</summary>
    public static readonly string[] Specimens =
    [
        "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6",
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL8988901C4XXX4009078F96121096ZE184226B<<<<<<",
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nL8988901C4XXX4009078F9612109<<<<<<<<",
    ];

    private const int Operations = 5;

    /// <summary>Fixed, so that two-digit years resolve the same way on every run.</summary>
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int ChecksumBaseline()
    {
        var total = 0;
        foreach (var text in Specimens)
        {
            var sum = 0;
            var weight = 0;
            foreach (var c in text)
            {
                var value = c switch
                {
                    >= '0' and <= '9' => c - '0',
                    >= 'A' and <= 'Z' => c - 'A' + 10,
                    _ => 0,
                };
                sum += value * (weight == 0 ? 7 : weight == 1 ? 3 : 1);
                weight = weight == 2 ? 0 : weight + 1;
            }
            total += sum % 10;
        }
        return total;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int IsValid()
    {
        var valid = 0;
        foreach (var text in Specimens)
        {
            if (MrzParser.IsValid(text, Today)) valid++;
        }
        return valid;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Parse()
    {
        var valid = 0;
        foreach (var text in Specimens)
        {
            if (MrzParser.Parse(text, Today).Result?.Valid == true) valid++;
        }
        return valid;
    }
}
