using System.CommandLine;

namespace Manifests.Cli.Commands;

/// <summary>Builds <c>manifests graph</c>: wiring only, the work is in <see cref="GraphHandler"/>.</summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var topology = TopologyOptions.Topology();
        var noBuild = TopologyOptions.NoBuild();
        var format = new Option<string>("--format")
        {
            Description = "mermaid (for Markdown, drawn by GitHub) or dot (for Graphviz).",
            DefaultValueFactory = _ => GraphFormats.Mermaid,
        };
        format.AcceptOnlyFromAmong(GraphFormats.Mermaid, GraphFormats.Dot);

        var command = new Command("graph", "Print the topology as a picture: clusters with their workloads and Service stubs, calls, the ingress path and traffic weights.\n\nExample:\n  manifests graph > topology.mmd\n  manifests graph --format dot | dot -Tsvg > topology.svg" + ExitCodes.Help)
        {
            topology, noBuild, format,
        };
        command.SetAction(parse => GraphHandler.Run(
            new GraphRequest(parse.GetValue(topology), !parse.GetValue(noBuild), parse.GetValue(format)!),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
