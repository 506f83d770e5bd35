using Manifests.Diagnostics.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Manifests.Diagnostics.Tests.Names;

/// <summary>The generated class of declared names: a reference through it to an undeclared name does not compile.</summary>
public sealed class TopologyNamesTests
{
    private static readonly SyntaxTree Bookinfo = GeneratorHarness.Tree("BookinfoTopology.cs", RepositoryPaths.Read(Path.Combine("topology", "BookinfoTopology.cs")));

    [Fact]
    public void Bookinfo_names_are_constants_of_the_generated_class()
    {
        var usage = GeneratorHarness.Tree("Usage.cs", """
            namespace Bookinfo.Topology;

            internal static class Usage
            {
                public static readonly string[] Names =
                [
                    BookinfoTopologyNames.Clusters.M1c1,
                    BookinfoTopologyNames.Services.Productpage,
                    BookinfoTopologyNames.Versions.Reviews.V3,
                    BookinfoTopologyNames.IngressGateways.Ingressgateway,
                    BookinfoTopologyNames.Gateways.BookinfoGateway,
                    BookinfoTopologyNames.IngressRoutes.Bookinfo,
                ];
            }
            """);

        var run = TopologyHarness.Run(TopologyHarness.Compilation(Bookinfo, usage));

        Assert.Empty(run.CompilerErrors);
        var generated = Assert.Single(run.Driver.GetRunResult().GeneratedTrees).GetText().ToString();
        Assert.Contains("public const string M1c1 = \"m1c1\";", generated);
        Assert.Contains("public const string V3 = \"v3\";", generated);
    }

    [Fact]
    public void Reference_to_an_undeclared_cluster_through_the_names_does_not_compile()
    {
        var usage = GeneratorHarness.Tree("Usage.cs", """
            namespace Bookinfo.Topology;

            internal static class Usage
            {
                public const string Cluster = BookinfoTopologyNames.Clusters.M1c3;
            }
            """);

        var run = TopologyHarness.Run(TopologyHarness.Compilation(Bookinfo, usage));

        var error = Assert.Single(run.CompilerErrors);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("M1c3", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Names_that_are_not_identifiers_become_identifiers()
    {
        var source = TopologyHarness.TopologyClass("""
            new Mesh("shop")
            {
                Clusters = [new Cluster("1-east"), new Cluster("clusters")],
            }
            """);

        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Empty(run.CompilerErrors);
        var generated = Assert.Single(run.Driver.GetRunResult().GeneratedTrees).GetText().ToString();
        Assert.Contains("public const string _1East = \"1-east\";", generated);
        Assert.Contains("public const string Clusters_ = \"clusters\";", generated);
    }
}
