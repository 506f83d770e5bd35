using Manifests.Tests.Support;

namespace Manifests.Tests.Deliver;

/// <summary>Each committed target folder is a valid kustomization whose objects are exactly the folder's files.</summary>
public sealed class KustomizeTests
{
    [KubectlFact]
    public void Kubectl_kustomize_of_each_target_folder_yields_its_objects()
    {
        foreach (var target in new[] { "m1c1", "m1c2", "mesh" })
        {
            var folder = Path.Combine(RepositoryPaths.ManifestsOut, target);
            var (code, output, error) = ChildProcess.Run(ExternalTools.Kubectl!, RepositoryPaths.Root, "kustomize", folder);
            Assert.True(code == 0, error);

            var fromKustomize = YamlTree.ReadAll(output).Select(o => $"{YamlTree.At(o, "kind")}/{YamlTree.At(o, "metadata.name")}").Order(StringComparer.Ordinal);
            var fromFiles = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(p) != "kustomization.yaml")
                .SelectMany(p => YamlTree.ReadAll(File.ReadAllText(p)))
                .Select(o => $"{YamlTree.At(o, "kind")}/{YamlTree.At(o, "metadata.name")}").Order(StringComparer.Ordinal);
            Assert.Equal(fromFiles, fromKustomize);
        }
    }
}
