using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>A write that fails half-way, with files being written on several cores, changes nothing.</summary>
public sealed class FailedWriteTests
{
    [Fact]
    public void A_file_the_system_refuses_surfaces_as_its_own_IOException_and_the_old_tree_stays_whole()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        RenderedFile[] old = [.. Enumerable.Range(0, 2000).Select(i => new RenderedFile($"m1c1/service-a{i:D4}.yaml", "old\n"))];
        ManifestWriter.Write(root, old);
        var before = FileTree.Fingerprint(root);

        // 120 three-byte characters: a short enough segment to pass the path checks, 360 bytes for the kernel (limit 255).
        var tooLong = new RenderedFile("m1c1/" + new string('€', 120) + ".yaml", "new\n");
        RenderedFile[] next = [.. old.Take(1000).Select(f => f with { Content = "new\n" }), tooLong, .. old.Skip(1000)];
        var thrown = Record.Exception(() => ManifestWriter.Write(root, next));

        Assert.IsType<IOException>(thrown);
        Assert.Equal(before, FileTree.Fingerprint(root));
        Assert.False(Directory.Exists(scratch.Combine(".out.next")), "The scratch tree of the failed write was left behind.");
    }
}
