using Manifests.Model;
using Manifests.Render.Build;
using Manifests.Render.Check;
using Manifests.Render.Deliver;
using Manifests.Render.Emit;
using Manifests.Render.Place;
using Manifests.Render.Validate;
using Manifests.Rules;
using Argo = Manifests.Crds.Argoproj.V1Alpha1;
using Asm = Manifests.Crds.Alibabacloud.Istio.V1Beta1;
using Istio = Manifests.Crds.Istio.Networking.V1;

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
        // First uses are costly (the writers' and validator's first calls, each CRD's schema read and compiled)
        // and need nothing from the check: they run on other cores while check and place run here.
        var warmUp = Task.WhenAll([Task.Run(ManifestEmitter.WarmUp), .. SchemasFor(mesh)]);
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
    internal static IReadOnlyList<RuleFinding> Check(Mesh mesh) =>
        [.. TopologyRules.Check(MeshFacts.From(mesh)), .. SecurityChecks.Check(mesh), .. DeclaredText.Check(mesh)];

    // The custom kinds this mesh can produce, each in the version the factories write.
    private static IEnumerable<Task> SchemasFor(Mesh mesh)
    {
        var networking = KubernetesNames.Of(mesh.NetworkingApiVersion);
        var version = networking[(networking.IndexOf('/') + 1)..];
        if (mesh.Services.Count > 0)
        {
            yield return CrdCatalog.Prefetch(Istio.DestinationRule.KubeGroup, version, Istio.DestinationRule.KubeKind);
            yield return CrdCatalog.Prefetch(Istio.VirtualService.KubeGroup, version, Istio.VirtualService.KubeKind);
        }

        if (mesh.Gateways.Count > 0)
        {
            yield return CrdCatalog.Prefetch(Istio.Gateway.KubeGroup, version, Istio.Gateway.KubeKind);
        }

        if (mesh.IngressGateways.Count > 0)
        {
            yield return CrdCatalog.Prefetch(Asm.IstioGateway.KubeGroup, Asm.IstioGateway.KubeApiVersion, Asm.IstioGateway.KubeKind);
        }

        if (mesh.ArgoCd is { } argoCd)
        {
            yield return CrdCatalog.Prefetch(Argo.AppProject.KubeGroup, Argo.AppProject.KubeApiVersion, Argo.AppProject.KubeKind);
            yield return argoCd.Layout == ArgoCdLayout.ApplicationSet
                ? CrdCatalog.Prefetch(Argo.ApplicationSet.KubeGroup, Argo.ApplicationSet.KubeApiVersion, Argo.ApplicationSet.KubeKind)
                : CrdCatalog.Prefetch(Argo.Application.KubeGroup, Argo.Application.KubeApiVersion, Argo.Application.KubeKind);
        }
    }

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;
}
