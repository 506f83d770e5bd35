using Manifests.Model;
using Manifests.Render.Check;
using Manifests.Render.Emit;
using Manifests.Render.Place;
using Manifests.Rules;

namespace Manifests.Render;

/// <summary>What a render produced: the files, or the reasons there are none.</summary>
/// <param name="Files">Every output file, in path order; empty when any error was found.</param>
/// <param name="Findings">Rule findings: errors stop the render, warnings do not.</param>
public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => Findings.All(f => f.Rule.Severity != RuleSeverity.Error);
}

/// <summary>The pipeline from a declared mesh to file contents: check → place → emit. Writes nothing.</summary>
public static class ManifestRenderer
{
    /// <summary>Renders <paramref name="mesh"/>; <paramref name="topologyName"/> goes into every file's header.</summary>
    public static RenderResult Render(Mesh mesh, string topologyName)
    {
        // The serializer's first use builds metadata for the whole Kubernetes model graph and compiles its
        // accessors; that needs nothing from this mesh, so it runs on another core while check and place run here.
        var warmUp = Task.Run(ManifestEmitter.WarmUp);
        var findings = TopologyRules.Check(MeshFactsReader.Read(mesh));
        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        var placements = Placement.Place(mesh);
        warmUp.GetAwaiter().GetResult();
        return new RenderResult(ManifestEmitter.Emit(mesh, placements, topologyName), findings);
    }
}
