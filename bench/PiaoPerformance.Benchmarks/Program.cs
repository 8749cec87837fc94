using BenchmarkDotNet.Running;

// scripts/bench scoring runs: --filter '*ScoringBenchmarks*'. Any BenchmarkDotNet argument works (--list flat...).
BenchmarkSwitcher.FromAssembly(typeof(PiaoPerformance.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
