using Manifests.Apply;
using Manifests.Cli.Commands;
using Manifests.Render.Write;

namespace Manifests.Cli.Hosting;

/// <summary>What <c>manifests apply</c> learns from the topology: its targets, and whether the rendered folder is current.</summary>
internal static class ApplyInputs
{
    public static ApplyCommandInputs FromTopology(TextWriter log)
    {
        // The topology is loaded once per invocation, and only when apply actually runs.
        TopologySource? source = null;
        Manifests.Model.Mesh? mesh = null;

        (TopologySource Source, Manifests.Model.Mesh Mesh) Load(string outputRoot)
        {
            if (source is null || mesh is null)
            {
                var (resolved, error) = TopologySource.Resolve(null, outputRoot, null, build: true, log);
                source = resolved ?? throw new CommandInputException(error!);
                mesh = source.Topology.Topology.Declare();
            }

            return (source, mesh);
        }

        return new ApplyCommandInputs(
            Targets: root => ApplyTargets.FromMesh(Load(root).Mesh),
            StaleOutput: root =>
            {
                var (loaded, declared) = Load(root);
                var render = Manifests.Render.ManifestRenderer.Render(declared, loaded.Topology.Name);
                if (!render.Succeeded)
                {
                    return "the topology has errors; run 'manifests render' to see them";
                }

                var differences = OutputCheck.Compare(root, render.Files);
                return differences.Count == 0
                    ? null
                    : $"{differences.Count} file(s) under {root} differ from a fresh render (first: {differences[0].Path}); run 'dotnet build' or 'manifests render'";
            });
    }
}
