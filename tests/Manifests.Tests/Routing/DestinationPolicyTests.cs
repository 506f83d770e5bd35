using Manifests.Model;
using Manifests.Tests.Support;

namespace Manifests.Tests.Routing;

/// <summary>
/// A service's destination policy renders as its DestinationRule's <c>trafficPolicy</c>. Expectations are Istio's
/// own documents: the DestinationRule reference (istio.io, Reference > Configuration > Traffic Management >
/// Destination Rule) and the Locality weighted distribution task; the Circuit Breaking and Locality Failover tasks
/// are the <c>## Renders</c> sections of MESH100 and MESH101.
/// </summary>
public sealed class DestinationPolicyTests
{
    [Fact]
    public void Spread_service_with_a_destination_policy_gets_its_DestinationRule_in_the_mesh_target_without_subsets_or_VirtualService()
    {
        var mesh = WithRatings(s => s with { Destination = new DestinationPolicy { Tls = TlsMode.IstioMutual } });

        var objects = RenderedObjects.Of(mesh);
        var rule = Assert.Single(objects, o => o.Kind == "DestinationRule" && o.Name == "ratings");

        Assert.Equal("mesh", rule.Target);
        Assert.Null(YamlTree.At(rule.Tree, "spec.subsets"));
        Assert.DoesNotContain(objects, o => o.Kind == "VirtualService" && o.Name == "ratings");
        // The reference's ClientTLSSettings: "tls: mode: ISTIO_MUTUAL".
        Assert.Equal("ISTIO_MUTUAL", YamlTree.At(rule.Tree, "spec.trafficPolicy.tls.mode"));
    }

    [Fact]
    public void Weighted_service_with_a_destination_policy_keeps_one_DestinationRule_with_its_subsets_and_the_policy()
    {
        var mesh = RenderedObjects.Bookinfo();
        mesh = mesh with
        {
            Services = mesh.Services.Select(s => s.Name == "reviews"
                ? s with { Destination = new DestinationPolicy { LoadBalancer = new LoadBalancer { Simple = SimpleLoadBalancer.LeastRequest } } }
                : s).ToList(),
        };

        var rule = Assert.Single(RenderedObjects.Of(mesh), o => o.Kind == "DestinationRule" && o.Name == "reviews");

        Assert.Equal(["v1", "v2", "v3"], ((List<object?>)YamlTree.At(rule.Tree, "spec.subsets")!).Select(s => YamlTree.At(s, "name")));
        // The reference's bookinfo-ratings example: "loadBalancer: simple: LEAST_REQUEST".
        Assert.Equal("LEAST_REQUEST", YamlTree.At(rule.Tree, "spec.trafficPolicy.loadBalancer.simple"));
    }

    [Fact]
    public void Connection_pool_and_outlier_detection_render_as_the_reference_s_reviews_cb_policy()
    {
        var mesh = WithRatings(s => s with
        {
            Destination = new DestinationPolicy
            {
                ConnectionPool = new ConnectionPool
                {
                    Tcp = new TcpPool { MaxConnections = 100 },
                    Http = new HttpPool { Http2MaxRequests = 1000, MaxRequestsPerConnection = 10 },
                },
                OutlierDetection = new OutlierDetection
                {
                    Consecutive5xxErrors = 7,
                    Interval = TimeSpan.FromMinutes(5),
                    BaseEjectionTime = TimeSpan.FromMinutes(15),
                },
            },
        });

        var policy = TrafficPolicyOf(mesh, "ratings");

        // The reference's OutlierDetection example (reviews-cb-policy).
        Assert.Equal(100L, YamlTree.At(policy, "connectionPool.tcp.maxConnections"));
        Assert.Equal(1000L, YamlTree.At(policy, "connectionPool.http.http2MaxRequests"));
        Assert.Equal(10L, YamlTree.At(policy, "connectionPool.http.maxRequestsPerConnection"));
        Assert.Equal(7L, YamlTree.At(policy, "outlierDetection.consecutive5xxErrors"));
        Assert.Equal("5m", YamlTree.At(policy, "outlierDetection.interval"));
        Assert.Equal("15m", YamlTree.At(policy, "outlierDetection.baseEjectionTime"));
    }

    [Fact]
    public void Locality_distribution_renders_as_Istio_s_locality_weighted_distribution_task()
    {
        var mesh = WithRatings(s => s with
        {
            Destination = new DestinationPolicy
            {
                LoadBalancer = new LoadBalancer
                {
                    Locality = new LocalityLoadBalancing
                    {
                        Distribute =
                        [
                            new LocalityDistribution("region1/zone1/*", new Dictionary<string, int>
                            {
                                ["region1/zone1/*"] = 70,
                                ["region1/zone2/*"] = 20,
                                ["region3/zone4/*"] = 10,
                            }),
                        ],
                    },
                },
                OutlierDetection = new OutlierDetection { Consecutive5xxErrors = 100, Interval = TimeSpan.FromSeconds(1), BaseEjectionTime = TimeSpan.FromMinutes(1) },
            },
        });

        var policy = TrafficPolicyOf(mesh, "ratings");

        Assert.Equal(true, YamlTree.At(policy, "loadBalancer.localityLbSetting.enabled"));
        Assert.Equal("region1/zone1/*", YamlTree.At(policy, "loadBalancer.localityLbSetting.distribute.0.from"));
        var to = (IDictionary<string, object?>)YamlTree.At(policy, "loadBalancer.localityLbSetting.distribute.0.to")!;
        Assert.Equal(["region1/zone1/*", "region1/zone2/*", "region3/zone4/*"], to.Keys);
        Assert.Equal([70L, 20L, 10L], to.Values);
        Assert.Equal(100L, YamlTree.At(policy, "outlierDetection.consecutive5xxErrors"));
        Assert.Equal("1s", YamlTree.At(policy, "outlierDetection.interval"));
        Assert.Equal("1m", YamlTree.At(policy, "outlierDetection.baseEjectionTime"));
    }

    [Fact]
    public void Consistent_hash_by_header_and_by_source_ip_render_as_the_reference_names_them()
    {
        var byHeader = TrafficPolicyOf(WithRatings(s => s with { Destination = Hash(ConsistentHash.ByHeader("x-user")) }), "ratings");
        var bySourceIp = TrafficPolicyOf(WithRatings(s => s with { Destination = Hash(ConsistentHash.BySourceIp()) }), "ratings");

        Assert.Equal("x-user", YamlTree.At(byHeader, "loadBalancer.consistentHash.httpHeaderName"));
        Assert.Equal(true, YamlTree.At(bySourceIp, "loadBalancer.consistentHash.useSourceIp"));

        static DestinationPolicy Hash(ConsistentHash hash) => new() { LoadBalancer = new LoadBalancer { ConsistentHash = hash } };
    }

    [Fact]
    public void Out_of_range_percentage_stops_the_render_with_MESH100()
    {
        var mesh = WithRatings(s => s with { Destination = new DestinationPolicy { OutlierDetection = new OutlierDetection { MinHealthPercent = -1 } } });

        var result = Manifests.Render.ManifestRenderer.Render(mesh, "Tests");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Contains(result.Findings, f => f.Rule.Id == "MESH100" && f.Message.Contains("outlierDetection.minHealthPercent", StringComparison.Ordinal));
    }

    private static object? TrafficPolicyOf(Mesh mesh, string service) =>
        YamlTree.At(Assert.Single(RenderedObjects.Of(mesh), o => o.Kind == "DestinationRule" && o.Name == service).Tree, "spec.trafficPolicy");

    private static Mesh WithRatings(Func<Service, Service> change)
    {
        var mesh = RenderedObjects.Bookinfo();
        return mesh with { Services = mesh.Services.Select(s => s.Name == "ratings" ? change(s) : s).ToList() };
    }
}
