using Manifests.Diagnostics.Tests.Infrastructure;

namespace Manifests.Diagnostics.Tests.Parsing;

/// <summary>The generator runs on every keystroke: code that does not compile yet must not make it throw.</summary>
public sealed class HalfTypedTopologyTests
{
    [Theory]
    [InlineData("""new Mesh("shop") { Clusters = [new Cluster(""")]
    [InlineData("""new Mesh("shop") { Clusters = [new Cluster("east")], Services = [new Service("cart") { Versions = [new ServiceVersion("v1") { Clusters = ["west" """)]
    [InlineData("""new Mesh() { Clusters = [new Cluster(42)] }""")]
    [InlineData("""new Mesh("shop") { Clusters = [new Cluster("east")], Services = [new Service("cart") { Traffic = TrafficPolicy.Weighted(""")]
    [InlineData("""new Mesh("shop") { Clusters = Recurse(1) }""")]
    public void Half_typed_topology_does_not_make_the_generator_throw(string meshExpression)
    {
        var source = TopologyHarness.TopologyClass(meshExpression, "    private static IReadOnlyList<Cluster> Recurse(int n) => Recurse(n + 1);");

        var run = TopologyHarness.Run(TopologyHarness.Compilation(GeneratorHarness.Tree("ShopTopology.cs", source)));

        Assert.Null(run.Driver.GetRunResult().Results.Single().Exception);
    }
}
