using Bookinfo.Topology;
using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Emit;

namespace Manifests.Tests.Support;

/// <summary>A rendered object read back from its YAML file.</summary>
internal sealed record RenderedObject(string Target, string Path, string Kind, string Name, string? Namespace, object? Tree);

/// <summary>Renders topologies in memory and reads the files back as YAML trees.</summary>
internal static class RenderedObjects
{
    public static Mesh Bookinfo() => new BookinfoTopology().Declare();

    public static IReadOnlyList<RenderedFile> Files(Mesh mesh, string topologyName = "Tests.Topology")
    {
        var result = ManifestRenderer.Render(mesh, topologyName);
        Assert.True(result.Succeeded, string.Join("\n", result.Findings.Select(f => f.ToMsBuildFormat())));
        return result.Files;
    }

    public static IReadOnlyList<RenderedObject> Of(Mesh mesh) => Read(Files(mesh));

    public static IReadOnlyList<RenderedObject> Read(IEnumerable<RenderedFile> files) => files
        .Where(f => !f.Path.EndsWith("/" + ManifestEmitter.KustomizationFileName, StringComparison.Ordinal))
        .Select(f =>
        {
            var tree = Assert.Single(YamlTree.ReadAll(f.Content));
            return new RenderedObject(
                f.Path[..f.Path.IndexOf('/')],
                f.Path,
                (string)YamlTree.At(tree, "kind")!,
                (string)YamlTree.At(tree, "metadata.name")!,
                YamlTree.At(tree, "metadata.namespace") as string,
                tree);
        })
        .ToList();
}
