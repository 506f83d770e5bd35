using Manifests.Render;
using Manifests.Render.Write;
using Manifests.Tests.Support;

namespace Manifests.Tests.Deliver;

/// <summary>The overlays in kustomize/ build, with the real kubectl, into exactly the hydrated folders, plus the user's patches.</summary>
public sealed class KustomizeOverlayTests : IDisposable
{
    private readonly string _workspace = Path.Combine(Path.GetTempPath(), "manifests-kustomize-" + Guid.NewGuid().ToString("N"));

    [KubectlTheory]
    [InlineData("m1c1")]
    [InlineData("m1c2")]
    [InlineData("mesh")]
    public void Overlay_without_patches_equals_the_hydrated_folder_object_for_object(string target)
    {
        var fromOverlay = Kustomize(Path.Combine(RepositoryPaths.Kustomize, target));
        var fromFolder = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.ManifestsOut, target), "*.yaml", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "kustomization.yaml")
            .SelectMany(p => YamlTree.ReadAll(File.ReadAllText(p)))
            .ToDictionary(Identity);

        Assert.Equal(fromFolder.Keys.Order(StringComparer.Ordinal), fromOverlay.Keys.Order(StringComparer.Ordinal));
        var differences = fromFolder.SelectMany(o => YamlTree.Differences(o.Value, fromOverlay[o.Key], o.Key)).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [KubectlFact]
    public void A_user_patch_lands_and_survives_the_next_render()
    {
        var render = ManifestRenderer.Render(RenderedObjects.Bookinfo(), "Tests");
        var output = Path.Combine(_workspace, "manifests-out");
        var overlays = Path.Combine(_workspace, "kustomize");
        ManifestWriter.Write(output, render.Files);
        ManifestWriter.Write(overlays, render.KustomizeFiles);
        var patches = Path.Combine(overlays, "m1c2", "patches");
        File.WriteAllText(Path.Combine(patches, "reviews-v2.yaml"), """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: reviews-v2
              namespace: default
              labels:
                team: reviews
            spec:
              replicas: 3
            """);
        var componentFile = Path.Combine(patches, "kustomization.yaml");
        File.WriteAllText(componentFile, File.ReadAllText(componentFile).Replace("patches: []", "patches:\n- path: reviews-v2.yaml", StringComparison.Ordinal));
        var userComponent = File.ReadAllText(componentFile);

        var second = ManifestWriter.Write(overlays, render.KustomizeFiles);
        var objects = Kustomize(Path.Combine(overlays, "m1c2"));

        Assert.True(second.NothingChanged);
        Assert.Equal(userComponent, File.ReadAllText(componentFile));
        var deployment = objects["Deployment/default/reviews-v2"];
        Assert.Equal(3L, YamlTree.At(deployment, "spec.replicas"));
        Assert.Equal("reviews", YamlTree.At(deployment, "metadata.labels.team"));
        Assert.Equal(1L, YamlTree.At(objects["Deployment/default/reviews-v1"], "spec.replicas"));
        Assert.Null(YamlTree.At(deployment, "spec.selector.matchLabels.team"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_workspace))
        {
            Directory.Delete(_workspace, recursive: true);
        }
    }

    private static Dictionary<string, object?> Kustomize(string folder)
    {
        var (code, output, error) = ChildProcess.Run(ExternalTools.Kubectl!, folder, "kustomize", folder);
        Assert.True(code == 0, error);
        return YamlTree.ReadAll(output).ToDictionary(Identity);
    }

    private static string Identity(object? tree) =>
        $"{YamlTree.At(tree, "kind")}/{YamlTree.At(tree, "metadata.namespace")}/{YamlTree.At(tree, "metadata.name")}";
}
