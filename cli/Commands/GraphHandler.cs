using Manifests.Cli.Hosting;
using Manifests.Render.Graph;

namespace Manifests.Cli.Commands;

/// <summary>The names <c>--format</c> of <c>manifests graph</c> accepts.</summary>
internal static class GraphFormats
{
    public const string Mermaid = "mermaid";
    public const string Dot = "dot";
}

/// <summary>The plain values <c>manifests graph</c> was given.</summary>
internal sealed record GraphRequest(string? Topology, bool Build, string Format);

/// <summary>Declares the topology and prints its picture.</summary>
internal static class GraphHandler
{
    public static int Run(GraphRequest request, TextWriter stdout, TextWriter stderr)
    {
        var (source, error) = TopologySource.Resolve(request.Topology, null, null, request.Build, stderr);
        if (source is null)
        {
            stderr.WriteLine($"error: {error!.Message}");
            return error.ExitCode;
        }

        if (DeclaredTopology.Declare(source, stderr) is not { } declared)
        {
            return ExitCodes.Findings;
        }

        var graph = TopologyGraphBuilder.Build(declared.Mesh);
        stdout.Write(request.Format == GraphFormats.Dot ? DotWriter.Write(graph) : MermaidWriter.Write(graph));
        return ExitCodes.Ok;
    }
}
