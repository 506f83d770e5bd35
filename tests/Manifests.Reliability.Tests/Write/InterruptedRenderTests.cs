using System.Diagnostics;
using Manifests.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace Manifests.Reliability.Tests.Write;

/// <summary>
/// Kills the real CLI while it renders a topology of thousands of services and checks that the
/// output folder is, every time, exactly the complete old tree or exactly the complete new tree.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class InterruptedRenderTests(ITestOutputHelper log)
{
    private const int Kills = 20;

    [Fact]
    public void A_render_killed_at_20_moments_leaves_the_old_tree_or_the_new_tree_never_a_mix()
    {
        using var scratch = new TempFolder("reliability", preferMemory: true);
        var before = RepositoryPaths.ReliabilityTopologyAssembly("Before");
        var after = RepositoryPaths.ReliabilityTopologyAssembly("After");

        var work = scratch.Combine("work", "out");
        Render(before, work);
        AddUserFiles(work);
        var oldFingerprint = FileTree.Fingerprint(work);

        var newTree = scratch.Combine("new", "out");
        Render(before, newTree);
        AddUserFiles(newTree);
        var clock = Stopwatch.StartNew();
        Render(after, newTree);
        var fullRender = clock.Elapsed;
        var newFingerprint = FileTree.Fingerprint(newTree);
        Assert.NotEqual(oldFingerprint, newFingerprint);
        log.WriteLine($"old tree {FileTree.FileCount(work)} files, new tree {FileTree.FileCount(newTree)} files; a full render takes {fullRender.TotalSeconds:F2} s");

        // Spread the kills over the whole render, from process start to past its end, in a repeatable order.
        var random = new Random(20261125);
        var onOld = true;
        int killedOld = 0, killedNew = 0, finished = 0;
        for (var i = 0; i < Kills; i++)
        {
            // Up to a quarter past the expected end, so that some runs swap in the new tree and the next kills start from it.
            var delay = TimeSpan.FromTicks((long)(fullRender.Ticks * 1.25 * (i + random.NextDouble()) / Kills));
            var run = Stopwatch.StartNew();
            using var process = Process.Start(ManifestsCli.StartInfo("render", "--topology", onOld ? after : before, "--out", work))!;
            var exited = process.WaitForExit(delay);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var fingerprint = FileTree.Fingerprint(work);
            var isOld = fingerprint == (onOld ? oldFingerprint : newFingerprint);
            var isNew = fingerprint == (onOld ? newFingerprint : oldFingerprint);
            log.WriteLine($"kill {i + 1,2}: after {delay.TotalMilliseconds,6:F0} ms, {(exited ? "finished" : "killed")}, tree is {(isOld ? "the old one" : isNew ? "the new one" : "TORN")}");
            Assert.True(isOld || isNew, $"Kill {i + 1} after {delay.TotalMilliseconds:F0} ms left a tree that is neither the old nor the new render.");

            if (exited)
            {
                Assert.True(isNew, $"Run {i + 1} exited ({process.ExitCode}) without putting the new tree in place.");
                finished++;

                // The first render ran cold; aim the next kills at the render as it runs now.
                fullRender = run.Elapsed < fullRender ? run.Elapsed : fullRender;
            }
            else if (isNew)
            {
                killedNew++;
            }
            else
            {
                killedOld++;
            }

            onOld = isNew ? !onOld : onOld;
        }

        log.WriteLine($"{killedOld} killed before the swap (old tree kept), {killedNew} killed after it (new tree in place), {finished} finished");
        Assert.True(killedOld + killedNew >= Kills / 2, "Too few runs were killed while rendering to prove anything: the render is faster than expected.");

        // A later render cleans up whatever scratch tree the kills left beside the output.
        Render(onOld ? after : before, work);
        Assert.Equal(onOld ? newFingerprint : oldFingerprint, FileTree.Fingerprint(work));
        Assert.False(Directory.Exists(scratch.Combine("work", ".out.next")), "The scratch tree of a killed render was not removed by the next render.");
    }

    private static void Render(string topology, string output)
    {
        var (code, printed) = ManifestsCli.Run(RepositoryPaths.Root, "render", "--topology", topology, "--out", output);
        Assert.True(code == 0, $"manifests render failed ({code}): {printed}");
    }

    // A user's own files in the output root: they must survive every kill untouched.
    private static void AddUserFiles(string root)
    {
        File.WriteAllText(Path.Combine(root, "README.md"), "# Our clusters\nEdited by people, not by Manifests.\n");
        Directory.CreateDirectory(Path.Combine(root, "patches"));
        File.WriteAllText(Path.Combine(root, "patches", "replicas.yaml"), "- op: replace\n  path: /spec/replicas\n  value: 3\n");
    }
}
