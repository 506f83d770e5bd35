using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Parsing;

/// <summary>The repository's own topology (constants and a helper method) as the generator sees it.</summary>
public sealed class BookinfoTopologyTests
{
    private static readonly string Bookinfo = RepositoryPaths.Read(Path.Combine("topology", "BookinfoTopology.cs"));

    [Fact]
    public void Bookinfo_topology_gets_no_diagnostic()
    {
        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("BookinfoTopology.cs", Bookinfo)));

        Assert.Empty(run.CompilerErrors);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Reviews_v3_placed_on_an_undeclared_cluster_through_the_helper_is_reported_at_the_argument()
    {
        var source = Replace(Bookinfo, """Version("reviews", "v3", M1c1)""", """Version("reviews", "v3", "m1c3")""");

        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("BookinfoTopology.cs", source)));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("\"m1c3\"", run.SpanText(diagnostic));
        Assert.Contains("declared: m1c1, m1c2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void All_reviews_traffic_to_a_missing_version_is_reported_at_the_version_name()
    {
        var source = Replace(Bookinfo, """TrafficPolicy.AllTo("v3")""", """TrafficPolicy.AllTo("v4")""");

        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("BookinfoTopology.cs", source)));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("MESH006", diagnostic.Id);
        Assert.Equal("\"v4\"", run.SpanText(diagnostic));
    }

    private static string Replace(string source, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, source);
        return source.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
