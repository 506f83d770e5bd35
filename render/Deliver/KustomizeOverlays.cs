using System.Text.Json.Nodes;
using Manifests.Render.Emit;
using Manifests.Render.Place;

namespace Manifests.Render.Deliver;

/// <summary>
/// A Kustomize overlay per target: the hydrated folder as its base plus a Component in
/// <c>patches/</c> that is the user's (created once, never overwritten). The hydrated folder stays
/// what is applied by default; overlays are for users who add patches.
/// </summary>
internal static class KustomizeOverlays
{
    /// <summary>The folder inside each overlay that belongs to the user.</summary>
    public const string PatchesFolder = "patches";

    public static IEnumerable<RenderedFile> For(IReadOnlyList<TargetPlacement> placements, RenderLayout layout, string header)
    {
        foreach (var target in placements.Select(p => p.Target))
        {
            var overlay = new JsonObject
            {
                ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
                ["kind"] = "Kustomization",
                ["resources"] = new JsonArray($"../{layout.ManifestsFromKustomize}/{target.Name}"),
                ["components"] = new JsonArray(PatchesFolder),
            };
            yield return new RenderedFile($"{target.Name}/{ManifestEmitter.KustomizationFileName}", ManifestEmitter.ToYaml(overlay, header));

            var patches = new JsonObject
            {
                ["apiVersion"] = "kustomize.config.k8s.io/v1alpha1",
                ["kind"] = "Component",
                ["patches"] = new JsonArray(),
            };
            var starter = $"Your patches for target {target.Name}: add patch files in this folder and list them under 'patches'. Manifests created this file once and never changes it.";
            yield return new RenderedFile($"{target.Name}/{PatchesFolder}/{ManifestEmitter.KustomizationFileName}", ManifestEmitter.ToYaml(patches, starter)) { UserOwned = true };
        }
    }
}
