using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace PiaoPerformance.Benchmarks;

/// <summary>
/// One operation is a whole comune (hundreds of milliseconds), so a short monitoring job: one process, a few warm-up
/// runs, ten measured runs; median, p95 and allocations reported. The process is pinned to CPU 0 (the target
/// is one core of the 2-core machine).
/// </summary>
public sealed class OneCoreConfig : ManualConfig
{
    public OneCoreConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(10)
            .WithAffinity(1)
            // Pinned to one core, the JIT's background thread shares it with the benchmark and tiered compilation
            // takes dozens of runs to reach optimised code; starting call counting at once (no 100 ms delay) gets
            // there within the warm-up. It changes when the steady state is reached, not what it is.
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
            .WithId("OneCore"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Min, StatisticColumn.Max);
    }
}
