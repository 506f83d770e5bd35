using System.Diagnostics;
using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>
/// Whether a generated file is current is decided by its bytes on disk, never by the ledger, its size or
/// its time alone, and never by reading through a link or waiting on something that is not a file.
/// </summary>
public sealed class ContentComparisonTests
{
    private static readonly RenderedFile[] Render =
    [
        .. Enumerable.Range(0, 200).Select(i => new RenderedFile($"m1c1/service-a{i:D3}.yaml", $"kind: Service\nmetadata:\n  name: a{i:D3}\nspec:\n  replicas: 1\n")),
        new RenderedFile("mesh/istio-system/gateway.yaml", "kind: Gateway\n"),
    ];

    [Fact]
    public void A_hand_edit_that_keeps_the_size_and_the_modification_time_is_detected_and_undone()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        var edited = Path.Combine(root, "m1c1", "service-a117.yaml");
        var time = File.GetLastWriteTimeUtc(edited);
        File.WriteAllText(edited, Render[117].Content.Replace("replicas: 1", "replicas: 9", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(edited, time);

        var result = ManifestWriter.Write(root, Render);

        Assert.Equal(["m1c1/service-a117.yaml"], result.Written);
        Assert.Equal(Render.Length - 1, result.Unchanged);
        Assert.Equal(Render[117].Content, File.ReadAllText(edited));
    }

    [Fact]
    public void A_link_at_a_generated_path_is_not_read_through_even_to_identical_content()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        var elsewhere = scratch.Combine("copy.yaml");
        File.WriteAllText(elsewhere, Render[5].Content);
        File.Delete(Path.Combine(root, "m1c1", "service-a005.yaml"));
        File.CreateSymbolicLink(Path.Combine(root, "m1c1", "service-a005.yaml"), elsewhere);
        var before = FileTree.Fingerprint(root);

        var result = ManifestWriter.Write(root, Render);

        Assert.Equal(["m1c1/service-a005.yaml"], result.Conflicts);
        Assert.Equal(before, FileTree.Fingerprint(root));
    }

    [Fact]
    public async Task A_pipe_left_at_a_generated_path_is_replaced_by_the_file_without_waiting_on_it()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        ManifestWriter.Write(root, Render);
        var path = Path.Combine(root, "m1c1", "service-a042.yaml");
        File.Delete(path);
        using (var mkfifo = Process.Start("mkfifo", path))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var write = Task.Run(() => ManifestWriter.Write(root, Render));
        var finished = await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.True(finished == write, "The writer waited on a pipe for someone to write into it.");
        Assert.Equal(["m1c1/service-a042.yaml"], (await write).Written);
        Assert.Equal(Render[42].Content, File.ReadAllText(path));
    }
}
