using Manifests.Model;
using Manifests.Render.Check;
using Manifests.Render.Emit;
using Manifests.Render.Place;
using Manifests.Render.Validate;
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

/// <summary>The pipeline from a declared mesh to file contents: check → place → emit → validate. Writes nothing.</summary>
public static class ManifestRenderer
{
    /// <summary>Renders <paramref name="mesh"/>; <paramref name="topologyName"/> goes into every file's header.</summary>
    public static RenderResult Render(Mesh mesh, string topologyName)
    {
        var findings = TopologyRules.Check(MeshFactsReader.Read(mesh)).Concat(SecurityChecks.Check(mesh)).Concat(DeclaredText.Check(mesh)).ToList();
        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        var placements = Placement.Place(mesh);
        var files = ManifestEmitter.Emit(mesh, placements, topologyName);

        // Valid by construction: an object Kubernetes or its CRD would refuse is never written.
        var sources = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source, StringComparer.Ordinal);
        var problems = new ManifestValidator().Validate(files);
        findings.AddRange(problems.Select(p => new RuleFinding(p.Rule, p.ToString() + ".", At(sources[p.File]))));
        return findings.Any(f => f.Rule.Severity == RuleSeverity.Error) ? new RenderResult([], findings) : new RenderResult(files, findings);
    }

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;
}
