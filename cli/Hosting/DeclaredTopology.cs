using Manifests.Model;
using Manifests.Render;
using Manifests.Rules;

namespace Manifests.Cli.Hosting;

/// <summary>A topology's mesh and its fresh render: what every command that renders starts from.</summary>
internal sealed record DeclaredTopology(Mesh Mesh, RenderResult Render)
{
    /// <summary>Declares and renders; prints findings in MSBuild's form; null when the topology threw or has errors.</summary>
    public static DeclaredTopology? Declare(TopologySource source, TextWriter stderr)
    {
        Mesh mesh;
        RenderResult render;
        try
        {
            mesh = source.Topology.Topology.Declare();
            render = ManifestRenderer.Render(mesh, source.Topology.Name, source.Layout);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: {source.Topology.Name}.Declare() threw {e.GetType().Name}: {e.Message}");
            stderr.WriteLine(e.StackTrace);
            return null;
        }

        foreach (var finding in render.Findings)
        {
            stderr.WriteLine(finding.ToMsBuildFormat());
        }

        if (!render.Succeeded)
        {
            var errors = render.Findings.Count(f => f.Rule.Severity == RuleSeverity.Error);
            stderr.WriteLine($"{errors} error(s) in topology {source.Topology.Name}; nothing was written.");
            return null;
        }

        return new DeclaredTopology(mesh, render);
    }
}
