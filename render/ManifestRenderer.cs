using Manifests.Model;
using Manifests.Render.Check;
using Manifests.Render.Deliver;
using Manifests.Render.Emit;
using Manifests.Render.Place;
using Manifests.Render.Validate;
using Manifests.Rules;

namespace Manifests.Render;

/// <summary>What a render produced: the files, or the reasons there are none.</summary>
/// <param name="Files">Every file of the hydrated output root (<c>manifests-out/</c>); empty when any error was found.</param>
/// <param name="Findings">Rule findings: errors stop the render, warnings do not.</param>
public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>Every file of the Kustomize overlay root (<c>kustomize/</c>).</summary>
    public IReadOnlyList<RenderedFile> KustomizeFiles { get; init; } = [];

    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => Findings.All(f => f.Rule.Severity != RuleSeverity.Error);
}

/// <summary>The pipeline from a declared mesh to file contents: check → place → emit → validate. Writes nothing.</summary>
public static class ManifestRenderer
{
    /// <summary>Renders <paramref name="mesh"/>; <paramref name="topologyName"/> goes into every file's header.</summary>
    public static RenderResult Render(Mesh mesh, string topologyName) => Render(mesh, topologyName, RenderLayout.Default);

    /// <summary>Renders <paramref name="mesh"/> for output roots laid out as <paramref name="layout"/> says.</summary>
    public static RenderResult Render(Mesh mesh, string topologyName, RenderLayout layout)
    {
        // The serializer's first use builds metadata for the whole Kubernetes model graph and compiles its
        // accessors; that needs nothing from this mesh, so it runs on another core while check and place run here.
        var warmUp = Task.Run(ManifestEmitter.WarmUp);
        var findings = TopologyRules.Check(MeshFactsReader.Read(mesh)).Concat(SecurityChecks.Check(mesh)).Concat(DeclaredText.Check(mesh)).ToList();
        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        var placements = Placement.Place(mesh);
        var header = ManifestEmitter.Header(topologyName);
        warmUp.GetAwaiter().GetResult();
        var files = ManifestEmitter.Emit(mesh, placements, topologyName);
        if (mesh.ArgoCd is { } argoCd)
        {
            files = [.. files, .. ArgoCdObjects.For(mesh, argoCd, placements, header).Select(f => f with { Source = mesh.Source })];
        }

        // Valid by construction: an object Kubernetes or its CRD would refuse is never written.
        var sources = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source, StringComparer.Ordinal);
        var problems = new ManifestValidator().Validate(files);
        findings.AddRange(problems.Select(p => new RuleFinding(p.Rule, p.ToString() + ".", At(sources[p.File]))));
        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        return new RenderResult(files, findings)
        {
            KustomizeFiles = KustomizeOverlays.For(placements, layout, header).ToList(),
        };
    }

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;
}
