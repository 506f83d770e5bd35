using System.CommandLine;

namespace Manifests.Cli.Commands;

/// <summary>Builds <c>manifests render</c>: wiring only, the work is in <see cref="RenderHandler"/>.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var topology = TopologyOptions.Topology();
        var noBuild = TopologyOptions.NoBuild();
        var output = new Option<string?>("--out") { Description = "The output folder (default: manifests.json's \"output\", else ./manifests-out)." };
        var kustomize = new Option<string?>("--kustomize") { Description = "The Kustomize overlay folder (default: manifests.json's \"kustomize\", else beside --out)." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 with a unified diff when the folder is not what a render would write." };
        var libraryQuiet = new Option<bool>("--skip-without-topology")
        {
            Description = "Exit 0 and write nothing when the --topology assembly declares no [Topology] class (a library); the build's render step uses it.",
        };

        var command = new Command("render", "Render the topology into one folder per target (clusters and mesh).\n\nExample:\n  manifests render --out manifests-out\n  manifests render --check" + ExitCodes.Help)
        {
            topology, noBuild, output, kustomize, check, libraryQuiet,
        };
        command.SetAction(parse => RenderHandler.Run(
            new RenderRequest(parse.GetValue(topology), parse.GetValue(output), parse.GetValue(check), !parse.GetValue(noBuild)) { Kustomize = parse.GetValue(kustomize), SkipWithoutTopology = parse.GetValue(libraryQuiet) },
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
