using Manifests.Reliability.Tests.Support;
using Manifests.Render.Emit;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>The listing of an output root: links are leaves, never read through, whatever they point to.</summary>
public sealed class OutputTreeTests
{
    [Fact]
    public void Links_to_folders_files_and_nowhere_are_leaves_and_what_they_point_to_is_not_listed()
    {
        using var scratch = new TempFolder("reliability");
        var root = scratch.Combine("out");
        var elsewhere = scratch.Combine("elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "inner"));
        File.WriteAllText(Path.Combine(elsewhere, "inner", "secret.yaml"), "not ours\n");
        Directory.CreateDirectory(Path.Combine(root, "m1c1", "istio-system"));
        Directory.CreateDirectory(Path.Combine(root, "overlays", "staging"));
        File.WriteAllText(Path.Combine(root, "m1c1", "service-a.yaml"), "kind: Service\n");
        File.WriteAllText(Path.Combine(root, "m1c1", "istio-system", "gateway.yaml"), "kind: Gateway\n");
        Directory.CreateSymbolicLink(Path.Combine(root, "patches"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(root, "m1c1", "alias.yaml"), Path.Combine(root, "m1c1", "service-a.yaml"));
        File.CreateSymbolicLink(Path.Combine(root, "dangling.yaml"), scratch.Combine("nowhere"));
        var layout = RenderedLayout.Of([new RenderedFile("m1c1/service-a.yaml", "kind: Service\n"), new RenderedFile("m1c1/alias.yaml", "kind: Service\n"), new RenderedFile("m1c1/missing.yaml", "kind: Service\n")]);

        var tree = OutputTree.Read(root, layout);

        Assert.Equal([EntryKind.File, EntryKind.Link, EntryKind.None], tree.AtRenderedPaths);
        Assert.Equal(["m1c1/istio-system/gateway.yaml"], tree.OtherFiles.Order(StringComparer.Ordinal));
        Assert.Equal(["dangling.yaml", "patches"], tree.OtherLinks.Order(StringComparer.Ordinal));
        Assert.Equal(["overlays/staging"], tree.EmptyFolders);
    }

    [Fact]
    public void A_missing_root_holds_nothing()
    {
        using var scratch = new TempFolder("reliability");

        var tree = OutputTree.Read(scratch.Combine("out"), RenderedLayout.Of([new RenderedFile("a.yaml", "a\n")]));

        Assert.Equal([EntryKind.None], tree.AtRenderedPaths);
        Assert.Empty(tree.OtherFiles);
        Assert.Empty(tree.OtherLinks);
        Assert.Empty(tree.EmptyFolders);
    }
}
