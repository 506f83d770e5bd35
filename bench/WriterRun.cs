using System.Diagnostics;
using System.Globalization;
using Manifests.Render;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Bench;

/// <summary>
/// The write stage alone (<c>--write-only</c>): renders the synthetic topology once, untimed, then times
/// <see cref="ManifestWriter.Write"/> on it in four situations, several runs each: into an empty folder,
/// again with nothing changed, with one file's content changed, and with ten files' content changed. Prints every run and the medians of
/// wall and CPU time (CPU time of the whole process: every thread, the collector's included).
/// </summary>
public static class WriterRun
{
    /// <summary>Runs the writer benchmark; the exit code is 0, or 1 when a write did not do what it should.</summary>
    public static int Run(int services, string output, int runs)
    {
        var render = ManifestRenderer.Render(SyntheticTopology.Declare(services), "Manifests.Bench.SyntheticTopology");
        if (!render.Succeeded)
        {
            Console.Error.WriteLine("the synthetic topology did not render");
            return 1;
        }

        var files = render.Files;
        var edited = Edited(files, 1);
        var tenEdited = Edited(files, 10);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"services {services}, files {files.Count}, bytes {files.Sum(f => (long)f.Utf8.Length)}, runs {runs}"));

        var fresh = new List<(double Wall, double Cpu)>();
        var again = new List<(double Wall, double Cpu)>();
        var oneChanged = new List<(double Wall, double Cpu)>();
        var tenChanged = new List<(double Wall, double Cpu)>();
        for (var run = 0; run < runs; run++)
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            if (!Time(fresh, () => ManifestWriter.Write(output, files), r => r.Written.Count == files.Count) ||
                !Time(again, () => ManifestWriter.Write(output, files), r => r.NothingChanged) ||
                !Time(oneChanged, () => ManifestWriter.Write(output, edited), r => r.Written.Count == 1 && r.Removed.Count == 0) ||
                !Time(tenChanged, () => ManifestWriter.Write(output, tenEdited), r => r.Written.Count == 10 && r.Removed.Count == 0))
            {
                return 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run + 1}: fresh {fresh[^1].Wall:F0} ms (CPU {fresh[^1].Cpu:F0}), nothing changed {again[^1].Wall:F0} ms (CPU {again[^1].Cpu:F0}), one file changed {oneChanged[^1].Wall:F0} ms (CPU {oneChanged[^1].Cpu:F0}), ten files changed {tenChanged[^1].Wall:F0} ms (CPU {tenChanged[^1].Cpu:F0})"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median: fresh {Median(fresh, t => t.Wall):F0} ms (CPU {Median(fresh, t => t.Cpu):F0}), nothing changed {Median(again, t => t.Wall):F0} ms (CPU {Median(again, t => t.Cpu):F0}), one file changed {Median(oneChanged, t => t.Wall):F0} ms (CPU {Median(oneChanged, t => t.Cpu):F0}), ten files changed {Median(tenChanged, t => t.Wall):F0} ms (CPU {Median(tenChanged, t => t.Cpu):F0})"));
        return 0;
    }

    // The same render with the first Deployments from the middle on changed: a new image tag, the edit a developer makes most.
    // Each case differs from the one before it in exactly that many files.
    private static List<RenderedFile> Edited(IReadOnlyList<RenderedFile> files, int count)
    {
        var list = files.ToList();
        var tag = "-1.0.0-edit" + count.ToString(CultureInfo.InvariantCulture);
        for (var index = files.Count / 2; count > 0; index++)
        {
            if (files[index].Path.Contains("/deployment-", StringComparison.Ordinal))
            {
                list[index] = list[index] with { Content = list[index].Content.Replace("-1.0.0", tag, StringComparison.Ordinal) };
                count--;
            }
        }

        return list;
    }

    private static bool Time(List<(double Wall, double Cpu)> times, Func<WriteResult> write, Func<WriteResult, bool> expected)
    {
        // Each write starts from the same heap, so a collection owed by the previous one is not charged to it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = write();
        var wall = clock.Elapsed;
        self.Refresh();
        times.Add((wall.TotalMilliseconds, (self.TotalProcessorTime - cpu).TotalMilliseconds));
        if (!expected(result))
        {
            Console.Error.WriteLine($"unexpected result: written {result.Written.Count}, removed {result.Removed.Count}, unchanged {result.Unchanged}, conflicts {result.Conflicts.Count}");
            return false;
        }

        return true;
    }

    private static double Median<T>(List<T> values, Func<T, double> of)
    {
        var sorted = values.Select(of).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
