using BenchmarkDotNet.Running;

if (args is ["--cpu"])
{
    Palermo.Benchmarks.CpuTimeRun.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Palermo.Benchmarks.MrzBenchmarks).Assembly).Run(args);
