using Manifests.Model;
using Manifests.Render;
using Manifests.Render.Reuse;
using Manifests.Rules;

namespace Manifests.Cli.Hosting;

/// <summary>A topology's mesh and its fresh render: what every command that renders starts from.</summary>
internal sealed record DeclaredTopology(Mesh Mesh, RenderResult Render)
{
    /// <summary>Declares and renders; prints findings in MSBuild's form; null when the topology threw or has errors.</summary>
    public static DeclaredTopology? Declare(TopologySource source, TextWriter stderr) =>
        Run(source, stderr, mesh =>
        {
            var render = ManifestRenderer.Render(mesh, source.Topology.Name, source.Layout);
            return (render, render.Findings);
        }) is { } declared ? new DeclaredTopology(declared.Mesh, declared.Result) : null;

    /// <summary>
    /// Declares, and renders unless <paramref name="roots"/> all hold this render already; prints findings as
    /// <see cref="Declare"/> does. Null when the topology threw or has errors.
    /// </summary>
    public static IncrementalRenderResult? DeclareUnlessCurrent(TopologySource source, IReadOnlyList<string> roots, TextWriter stderr) =>
        Run(source, stderr, mesh =>
        {
            var result = IncrementalRender.Run(mesh, source.Topology.Name, source.Layout, roots);
            return (result, result.Findings);
        })?.Result;

    private static (Mesh Mesh, T Result, IReadOnlyList<RuleFinding> Findings)? Run<T>(TopologySource source, TextWriter stderr, Func<Mesh, (T, IReadOnlyList<RuleFinding>)> render)
    {
        Mesh mesh;
        T result;
        IReadOnlyList<RuleFinding> findings;
        try
        {
            mesh = source.Topology.Topology.Declare();
            (result, findings) = render(mesh);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: {source.Topology.Name}.Declare() threw {e.GetType().Name}: {e.Message}");
            stderr.WriteLine(e.StackTrace);
            return null;
        }

        foreach (var finding in findings)
        {
            stderr.WriteLine(finding.ToMsBuildFormat());
        }

        var errors = findings.Count(f => f.Rule.Severity == RuleSeverity.Error);
        if (errors > 0)
        {
            stderr.WriteLine($"{errors} error(s) in topology {source.Topology.Name}; nothing was written.");
            return null;
        }

        return (mesh, result, findings);
    }
}
