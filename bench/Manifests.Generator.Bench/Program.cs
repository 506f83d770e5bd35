using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Manifests.Generator.Bench.CrdGeneratorBenchmarks).Assembly).Run(args);
