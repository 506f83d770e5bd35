using Manifests.Reliability.Tests.Support;
using Manifests.Render.Write;

namespace Manifests.Reliability.Tests.Write;

/// <summary>The listing of an output root: links are leaves, never read through, whatever they point to.</summary>
public sealed class OutputTreeTests
{
    [Fact]
    public void Links_to_folders_files_and_nowhere_are_leaves_and_what_they_point_to_is_not_listed()
    {
        using var scratch = new ScratchFolder();
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

        var tree = OutputTree.Read(root);

        Assert.Equal(["m1c1/istio-system/gateway.yaml", "m1c1/service-a.yaml"], tree.Files.Order(StringComparer.Ordinal));
        Assert.Equal(["dangling.yaml", "m1c1/alias.yaml", "patches"], tree.Links.Order(StringComparer.Ordinal));
        Assert.Equal(["overlays/staging"], tree.EmptyFolders);
    }

    [Fact]
    public void A_missing_root_holds_nothing()
    {
        using var scratch = new ScratchFolder();

        var tree = OutputTree.Read(scratch.Combine("out"));

        Assert.Empty(tree.Files);
        Assert.Empty(tree.Links);
        Assert.Empty(tree.EmptyFolders);
    }
}
