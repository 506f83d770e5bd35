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
        var findings = Check(mesh).ToList();
        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        var placements = Placement.Place(mesh);
        var header = ManifestEmitter.Header(topologyName);
        warmUp.GetAwaiter().GetResult();

        // Valid by construction: an object Kubernetes or its CRD would refuse is never written. The placed objects
        // are validated as they are emitted; the few Argo CD objects, made as text, are read back.
        var validator = new ManifestValidator();
        var (files, problems) = ManifestEmitter.Emit(mesh, placements, topologyName, validator);
        var allProblems = problems.ToList();
        if (mesh.ArgoCd is { } argoCd)
        {
            var argoCdFiles = ArgoCdObjects.For(mesh, argoCd, placements, header).Select(f => f with { Source = mesh.Source }).ToList();
            allProblems.AddRange(argoCdFiles.SelectMany(f => validator.ValidateFile(f.Path, f.Content)));
            files = [.. files, .. argoCdFiles];
        }

        var collisions = ManifestValidator.Collisions(files);
        if (allProblems.Count > 0 || collisions.Count > 0)
        {
            // In the order a validation of the finished list gives: collisions first, then by file.
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < files.Count; i++)
            {
                first.TryAdd(files[i].Path, i);
            }

            findings.AddRange(collisions.Concat(allProblems.OrderBy(p => first[p.File]))
                .Select(p => new RuleFinding(p.Rule, p.ToString() + ".", At(files[first[p.File]].Source))));
        }

        if (findings.Any(f => f.Rule.Severity == RuleSeverity.Error))
        {
            return new RenderResult([], findings);
        }

        return new RenderResult(files, findings)
        {
            KustomizeFiles = KustomizeOverlays.For(placements, layout, header).ToList(),
        };
    }

    /// <summary>
    /// The topology's own findings, before anything is built: what a render reports even when its files are
    /// current and it is skipped (see <see cref="Reuse.RenderFingerprint"/>).
    /// </summary>
    public static IReadOnlyList<RuleFinding> Check(Mesh mesh) =>
        [.. TopologyRules.Check(MeshFactsReader.Read(mesh)), .. SecurityChecks.Check(mesh), .. DeclaredText.Check(mesh)];

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;
}
