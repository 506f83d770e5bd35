using System.CommandLine;

namespace Manifests.Cli.Commands;

/// <summary>Builds <c>manifests validate</c>: wiring only, the work is in <see cref="ValidateHandler"/>.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var topology = TopologyOptions.Topology();
        var noBuild = TopologyOptions.NoBuild();
        var path = new Option<string?>("--path")
        {
            Description = "Validate the YAML files in this folder (a rendered tree, or kustomize's output) instead of rendering the topology.",
        };

        var command = new Command(
            "validate",
            "Check every object against Kubernetes' rules (core kinds) or its CRD's schema (Istio, ASM, Argo CD). Writes nothing.\n\nExample:\n  manifests validate\n  manifests validate --path manifests-out" + ExitCodes.Help)
        {
            topology, noBuild, path,
        };
        command.SetAction(parse => ValidateHandler.Run(
            new ValidateRequest(parse.GetValue(topology), parse.GetValue(path), !parse.GetValue(noBuild)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
