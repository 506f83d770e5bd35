using Bookinfo.Topology;
using Manifests.Model;
using Manifests.Render.Graph;
using Xunit;

namespace Manifests.Pipeline.Tests.Graph;

/// <summary>The Bookinfo picture, checked against the seed's layout: what runs where, who calls whom, how traffic enters.</summary>
public sealed class TopologyGraphTests
{
    private static readonly Mesh Bookinfo = new BookinfoTopology().Declare();
    private static readonly MermaidFlowchart Chart = MermaidFlowchart.Parse(MermaidWriter.Write(TopologyGraphBuilder.Build(Bookinfo)));

    [Fact]
    public void M1c1_holds_reviews_v3_and_a_ratings_stub()
    {
        var nodes = ClusterNodes("m1c1");

        Assert.Equal(["ratings Service stub", "reviews v3"], nodes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.Equal("stub", nodes.Single(n => n.Lines[0] == "ratings").Class);
        Assert.Null(nodes.Single(n => n.Lines[0] == "reviews").Class);
    }

    [Fact]
    public void M1c2_holds_details_ratings_reviews_v1_and_v2_and_productpage_and_no_stub()
    {
        var nodes = ClusterNodes("m1c2");

        Assert.Equal(
            ["details v1", "productpage v1", "ratings v1", "reviews v1", "reviews v2"],
            nodes.Select(n => n.Text).Order(StringComparer.Ordinal));
        Assert.All(nodes, n => Assert.Null(n.Class));
    }

    [Fact]
    public void Reviews_calls_ratings_and_productpage_calls_details_and_reviews()
    {
        var calls = Chart.Edges.Where(e => e.Label == "calls")
            .Select(e => $"{Chart.Nodes[e.From].Text} -> {Chart.Nodes[e.To].Text}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(["productpage -> details", "productpage -> reviews", "reviews -> ratings"], calls);
    }

    [Fact]
    public void Ingress_path_goes_from_the_ingress_gateway_through_the_gateway_and_route_bookinfo_to_productpage()
    {
        var controlPlane = Chart.Subgraphs.Single(s => s.Value.Any(id => Chart.Nodes[id].Lines.Contains("ingress gateway"))).Value;
        var ingress = Chart.Nodes[controlPlane.Single(id => Chart.Nodes[id].Lines[0] == "ingressgateway")];
        var gateway = Single(Chart.EdgesFrom(ingress.Id)).To;
        Assert.Equal("bookinfo-gateway", Chart.Nodes[gateway].Lines[0]);
        var route = Single(Chart.EdgesFrom(gateway)).To;
        Assert.Equal("bookinfo", Chart.Nodes[route].Lines[0]);
        Assert.Contains(route, controlPlane);

        var toService = Single(Chart.EdgesFrom(route));
        Assert.Equal("productpage", Chart.Nodes[toService.To].Text);
        Assert.Contains("/productpage", toService.Label);
        Assert.Contains("/api/v1/products*", toService.Label);
    }

    [Fact]
    public void Reviews_policy_sends_all_traffic_to_v3_in_m1c1_with_a_thick_100_percent_arrow()
    {
        var reviews = Chart.Nodes.Values.Single(n => n.Text == "reviews" && Chart.Subgraphs.Values.All(members => !members.Contains(n.Id)));
        var traffic = Chart.EdgesFrom(reviews.Id).Where(e => e.Label != "calls").ToList();

        var edge = Assert.Single(traffic);
        Assert.Equal("==>", edge.Arrow);
        Assert.Equal("100%", edge.Label);
        Assert.Contains(edge.To, ClusterIds("m1c1"));
        Assert.Equal("reviews v3", Chart.Nodes[edge.To].Text);
    }

    [Fact]
    public void Services_without_a_policy_spread_over_their_workloads_with_dotted_arrows()
    {
        var ratings = Chart.Nodes.Values.Single(n => n.Text == "ratings" && n.Class is null && n.Lines.Count == 1);
        var edge = Assert.Single(Chart.EdgesFrom(ratings.Id));

        Assert.Equal("-.->", edge.Arrow);
        Assert.Equal("ratings v1", Chart.Nodes[edge.To].Text);
    }

    [Fact]
    public void Weighted_policy_labels_each_version_with_its_weight_in_every_cluster_it_runs_in()
    {
        var mesh = Bookinfo with
        {
            Services = [.. Bookinfo.Services.Select(s => s.Name == "reviews"
                ? s with { Traffic = TrafficPolicy.Weighted(new VersionWeight("v1", 80), new VersionWeight("v3", 20), new VersionWeight("v2", 0)) }
                : s)],
        };
        var chart = MermaidFlowchart.Parse(MermaidWriter.Write(TopologyGraphBuilder.Build(mesh)));
        var reviews = chart.Nodes.Values.Single(n => n.Text == "reviews" && n.Lines.Count == 1);

        var weights = chart.EdgesFrom(reviews.Id).Where(e => e.Arrow == "==>")
            .Select(e => $"{chart.Nodes[e.To].Text} {e.Label}").Order(StringComparer.Ordinal);
        Assert.Equal(["reviews v1 80%", "reviews v3 20%"], weights);
    }

    [DotFact]
    public void Dot_output_is_accepted_by_graphviz()
    {
        using var folder = new TempFolder("dot");
        var input = folder.Write("topology.dot", DotWriter.Write(TopologyGraphBuilder.Build(Bookinfo)));

        var run = ChildProcess.Run(ExternalTools.Dot!, folder.Path, null, TimeSpan.FromMinutes(1), "-Tsvg", input, "-o", folder.Combine("topology.svg"));

        run.ShouldSucceed("dot -Tsvg");
        Assert.Contains("cluster m1c1", File.ReadAllText(folder.Combine("topology.svg")));
    }

    private static IReadOnlyList<string> ClusterIds(string cluster) =>
        Chart.Subgraphs.Single(s => s.Key.EndsWith(cluster, StringComparison.Ordinal)).Value;

    private static IReadOnlyList<MermaidNode> ClusterNodes(string cluster) => ClusterIds(cluster).Select(id => Chart.Nodes[id]).ToList();

    private static T Single<T>(IEnumerable<T> items) => Assert.Single(items);
}
