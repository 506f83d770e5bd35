using Manifests.Model;
using Manifests.Render.Deliver;
using Manifests.Render.Write;
using Manifests.Rules;

namespace Manifests.Render.Reuse;

/// <summary>A render that may have been skipped because its output roots already hold it.</summary>
/// <param name="Fingerprint">The render's fingerprint: pass it to the writer so the next run can skip.</param>
/// <param name="Render">The fresh render; null when it was skipped.</param>
/// <param name="Findings">What the render found, or, when it was skipped, what the topology's checks found.</param>
public sealed record IncrementalRenderResult(string Fingerprint, RenderResult? Render, IReadOnlyList<RuleFinding> Findings)
{
    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => Findings.All(f => f.Rule.Severity != RuleSeverity.Error);

    /// <summary>True when the roots already held this render: nothing was built and nothing needs writing.</summary>
    public bool Current => Render is null && Succeeded;
}

/// <summary>
/// Renders only when the output could differ. A render is a pure function of the declared topology, its name,
/// the layout and the product's build (<see cref="RenderFingerprint"/>); when every output root still holds the
/// files of a render with the same fingerprint, byte for byte, building and comparing 45,000 objects again
/// would only confirm it. The topology's own checks always run, so warnings are never skipped.
/// </summary>
public static class IncrementalRender
{
    /// <summary>Renders <paramref name="mesh"/> unless every one of <paramref name="roots"/> holds its render already.</summary>
    public static IncrementalRenderResult Run(Mesh mesh, string topologyName, RenderLayout layout, IReadOnlyList<string> roots)
    {
        // Where no root keeps a record of a render there is nothing to compare: the fingerprint, then needed only
        // for the record the write leaves, is taken on another core while this one renders.
        var fingerprinting = Task.Run(() => RenderFingerprint.Of(mesh, topologyName, layout));
        string Fingerprint() => fingerprinting.GetAwaiter().GetResult();

        if (roots.Count > 0 && roots.All(ManifestWriter.KeepsRenderRecord) && roots.All(root => ManifestWriter.HoldsRender(root, Fingerprint())))
        {
            var findings = ManifestRenderer.Check(mesh);
            if (findings.All(f => f.Rule.Severity != RuleSeverity.Error))
            {
                return new IncrementalRenderResult(Fingerprint(), null, findings);
            }
        }

        var render = ManifestRenderer.Render(mesh, topologyName, layout);
        return new IncrementalRenderResult(Fingerprint(), render, render.Findings);
    }
}
