using Manifests.Model;
using Manifests.Tests.Support;

namespace Manifests.Tests.Routing;

public sealed class TrafficPolicyTests
{
    [Fact]
    public void Spread_policy_emits_no_routing_objects_for_the_service()
    {
        var mesh = WithReviewsPolicy(TrafficPolicy.Spread);

        var mesh_objects = RenderedObjects.Of(mesh).Where(o => o.Target == "mesh").ToList();

        Assert.DoesNotContain(mesh_objects, o => o.Kind == "DestinationRule");
        Assert.DoesNotContain(mesh_objects, o => o.Kind == "VirtualService" && o.Name == "reviews");
        Assert.Contains(mesh_objects, o => o.Kind == "VirtualService" && o.Name == "bookinfo");
    }

    [Fact]
    public void Weighted_policy_emits_a_subset_per_version_and_weights_summing_to_100()
    {
        var mesh = WithReviewsPolicy(TrafficPolicy.Weighted(new VersionWeight("v1", 50), new VersionWeight("v2", 30), new VersionWeight("v3", 20)));

        var objects = RenderedObjects.Of(mesh);
        var rule = objects.Single(o => o.Kind == "DestinationRule" && o.Name == "reviews").Tree;
        var route = objects.Single(o => o.Kind == "VirtualService" && o.Name == "reviews").Tree;

        var subsets = (List<object?>)YamlTree.At(rule, "spec.subsets")!;
        Assert.Equal(["v1", "v2", "v3"], subsets.Select(s => YamlTree.At(s, "name")));
        Assert.All(subsets, s => Assert.Equal(YamlTree.At(s, "name"), YamlTree.At(s, "labels.version")));

        var destinations = (List<object?>)YamlTree.At(route, "spec.http.0.route")!;
        Assert.Equal(["v1", "v2", "v3"], destinations.Select(d => YamlTree.At(d, "destination.subset")));
        Assert.Equal(100L, destinations.Sum(d => (long)YamlTree.At(d, "weight")!));
        Assert.All(destinations, d => Assert.Equal("reviews", YamlTree.At(d, "destination.host")));
    }

    [Fact]
    public void AllTo_is_the_weighted_form_with_one_weight_of_100()
    {
        var policy = Assert.IsType<WeightedPolicy>(TrafficPolicy.AllTo("v3"));

        Assert.Equal([new VersionWeight("v3", 100)], policy.Weights);
    }

    [Fact]
    public void One_version_at_100_is_written_as_the_seed_writes_all_traffic_to_v3_without_a_weight()
    {
        var weighted = RenderedObjects.Files(WithReviewsPolicy(TrafficPolicy.Weighted(new VersionWeight("v3", 100))));
        var route = RenderedObjects.Read(weighted).Single(o => o.Kind == "VirtualService" && o.Name == "reviews").Tree;

        // The seed's "all to v3" VirtualService: one destination, host and subset, no weight.
        var destination = Assert.Single((List<object?>)YamlTree.At(route, "spec.http.0.route")!);
        Assert.Equal(["destination"], ((IDictionary<string, object?>)destination!).Keys);
        Assert.Equal(["host", "subset"], ((IDictionary<string, object?>)YamlTree.At(destination, "destination")!).Keys);
        Assert.Equal(("reviews", "v3"), (YamlTree.At(destination, "destination.host"), YamlTree.At(destination, "destination.subset")));
        Assert.Equal(RenderedObjects.Files(RenderedObjects.Bookinfo()), weighted);
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_stop_the_render_with_MESH008()
    {
        var mesh = WithReviewsPolicy(TrafficPolicy.Weighted(new VersionWeight("v1", 50), new VersionWeight("v3", 20)));

        var result = Manifests.Render.ManifestRenderer.Render(mesh, "Tests");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Contains(result.Findings, f => f.Rule.Id == "MESH008" && f.Message.Contains("sum 70", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(IstioApiVersion.V1Alpha3, "networking.istio.io/v1alpha3")]
    [InlineData(IstioApiVersion.V1Beta1, "networking.istio.io/v1beta1")]
    [InlineData(IstioApiVersion.V1, "networking.istio.io/v1")]
    public void Istio_networking_objects_use_the_api_version_the_mesh_declares(IstioApiVersion version, string expected)
    {
        var mesh = RenderedObjects.Bookinfo() with { NetworkingApiVersion = version };

        var istio = RenderedObjects.Of(mesh).Where(o => o.Kind is "Gateway" or "VirtualService" or "DestinationRule").ToList();

        Assert.Equal(4, istio.Count);
        Assert.All(istio, o => Assert.Equal(expected, YamlTree.At(o.Tree, "apiVersion")));
    }

    private static Mesh WithReviewsPolicy(TrafficPolicy policy)
    {
        var mesh = RenderedObjects.Bookinfo();
        return mesh with { Services = mesh.Services.Select(s => s.Name == "reviews" ? s with { Traffic = policy } : s).ToList() };
    }
}
