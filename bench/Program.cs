using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Manifests.Bench;
using Manifests.Render;
using Manifests.Render.Deliver;
using Manifests.Render.Reuse;
using Manifests.Render.Write;

// Usage:
//   Manifests.Bench --services N --out DIR   one render of the synthetic topology through the real render path
//   Manifests.Bench --micro [BenchmarkDotNet arguments]   the emitter micro-benchmarks
//   Manifests.Bench --write-only [--runs R] --services N --out DIR   the write stage alone, R runs of each case (see WriterRun)
if (args.Length > 0 && args[0] == "--micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(EmitterBenchmarks).Assembly).Run(args[1..]);
    return 0;
}

var services = 1000;
string? output = null;
var writeOnly = false;
var runs = 7;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--services" when i + 1 < args.Length:
            services = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        case "--write-only":
            writeOnly = true;
            break;
        case "--runs" when i + 1 < args.Length:
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--write-only [--runs R]] --services N --out DIR | --micro [BenchmarkDotNet args]");
            return 1;
    }
}

if (output is null)
{
    Console.Error.WriteLine("--out DIR is required (use tmpfs, e.g. /dev/shm/manifests-bench, to measure the code rather than the disk).");
    return 1;
}

if (writeOnly)
{
    return WriterRun.Run(services, output, runs);
}

// The process start is the honest origin: it includes runtime start-up and JIT, as a user's `manifests render` would.
var startedAt = Process.GetCurrentProcess().StartTime.ToUniversalTime();
var clock = Stopwatch.StartNew();
var mesh = SyntheticTopology.Declare(services);
var declared = clock.Elapsed;

// The product's render path, as `manifests render` takes it: skipped when the folder holds this render already.
var incremental = IncrementalRender.Run(mesh, "Manifests.Bench.SyntheticTopology", RenderLayout.Default, [output]);
if (!incremental.Succeeded)
{
    foreach (var finding in incremental.Findings)
    {
        Console.Error.WriteLine(finding.ToMsBuildFormat());
    }

    return 1;
}

var rendered = clock.Elapsed;
var render = incremental.Render;
var result = render is null ? null : ManifestWriter.Write(output, render.Files, incremental.Fingerprint);
var written = clock.Elapsed;
var sinceStart = DateTime.UtcNow - startedAt;

if (render is null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"services {services}: {output} holds this render already; nothing rendered or written"));
}
else
{
    long bytes = 0;
    var kustomizations = 0;
    foreach (var file in render.Files)
    {
        bytes += file.Utf8.Length;
        if (file.Path.EndsWith("/kustomization.yaml", StringComparison.Ordinal))
        {
            kustomizations++;
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"services {services}, objects {render.Files.Count - kustomizations}, files {render.Files.Count}, bytes {bytes}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written {result!.Written.Count}, removed {result.Removed.Count}, unchanged {result.Unchanged}"));
}

using var self = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"declare {declared.TotalMilliseconds:F0} ms, render {(rendered - declared).TotalMilliseconds:F0} ms, write {(written - rendered).TotalMilliseconds:F0} ms, since process start {sinceStart.TotalMilliseconds:F0} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB, allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB, CPU {self.TotalProcessorTime.TotalMilliseconds:F0} ms, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} pausing {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms"));
return 0;
