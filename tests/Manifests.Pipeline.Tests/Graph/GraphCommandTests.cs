using Xunit;

namespace Manifests.Pipeline.Tests.Graph;

/// <summary><c>manifests graph</c> run as a program on the repository's Bookinfo build.</summary>
public sealed class GraphCommandTests
{
    [Fact]
    public void Default_format_is_a_mermaid_flowchart_with_a_subgraph_per_cluster()
    {
        var run = ManifestsCli.Run(RepositoryPaths.Root, "graph", "--topology", ManifestsCli.BookinfoAssembly).ShouldSucceed("graph");

        var chart = MermaidFlowchart.Parse(run.Output[run.Output.IndexOf("flowchart", StringComparison.Ordinal)..]);
        Assert.Contains(chart.Subgraphs.Keys, id => id.EndsWith("m1c1", StringComparison.Ordinal));
        Assert.Contains(chart.Subgraphs.Keys, id => id.EndsWith("m1c2", StringComparison.Ordinal));
    }

    [Fact]
    public void Dot_format_is_a_digraph_and_an_unknown_format_is_a_usage_error_exit_3()
    {
        var dot = ManifestsCli.Run(RepositoryPaths.Root, "graph", "--topology", ManifestsCli.BookinfoAssembly, "--format", "dot").ShouldSucceed("graph --format dot");
        var unknown = ManifestsCli.Run(RepositoryPaths.Root, "graph", "--topology", ManifestsCli.BookinfoAssembly, "--format", "svg");

        Assert.StartsWith("digraph topology {", dot.Output.TrimStart());
        Assert.Equal(3, unknown.ExitCode);
    }
}
