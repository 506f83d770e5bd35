using Manifests.Model;

namespace Manifests.Tests.Support;

/// <summary>
/// A second, unrelated topology: a shop in namespace <c>shop</c> over three clusters, with a weighted
/// canary. It shares nothing with Bookinfo, so it shows the render path has no Bookinfo-specific code.
/// </summary>
internal static class ShopTopology
{
    public static Mesh Declare() => new("shop-mesh")
    {
        NetworkingApiVersion = IstioApiVersion.V1,
        Clusters = [new Cluster("eu-1"), new Cluster("eu-2"), new Cluster("us-1")],
        Services =
        [
            new Service("storefront")
            {
                Namespace = "shop",
                Ports = [new ServicePort("http-web", 8080)],
                Calls = ["cart", "catalog"],
                Versions = [Version("storefront", "v1", "eu-1", "us-1")],
            },
            new Service("cart")
            {
                Namespace = "shop",
                Ports = [new ServicePort("grpc", 7070) { TargetPort = 7000 }],
                Calls = ["payments"],
                Versions = [Version("cart", "v1", "eu-2") with { ContainerPort = 7000 }, Version("cart", "v2", "eu-2") with { ContainerPort = 7000 }],
                Traffic = TrafficPolicy.Weighted(new VersionWeight("v1", 90), new VersionWeight("v2", 10)),
            },
            new Service("catalog")
            {
                Namespace = "shop",
                Ports = [new ServicePort("http", 8080)],
                Versions = [Version("catalog", "v1", "eu-1", "eu-2", "us-1")],
            },
            new Service("payments")
            {
                Namespace = "payments",
                Ports = [new ServicePort("https", 8443)],
                Versions = [Version("payments", "v1", "us-1")],
            },
        ],
        IngressGateways =
        [
            new IngressGateway("shop-ingress")
            {
                Ports = [new GatewayPort("http", 80, 8080)],
                Resources = new ComputeResources { CpuRequest = "100m", MemoryRequest = "128Mi" },
                Pods = new GatewayPods { Replicas = 2 },
            },
        ],
        Gateways =
        [
            new Gateway("shop-gateway")
            {
                Namespace = "shop",
                IngressGateway = "shop-ingress",
                Servers = [new GatewayServer(80, "http", GatewayProtocol.Http) { Hosts = ["shop.example.com"] }],
            },
        ],
        IngressRoutes =
        [
            new IngressRoute("storefront-routes")
            {
                Namespace = "edge",
                Gateways = ["shop-gateway"],
                Hosts = ["shop.example.com"],
                Http = [new HttpRoute { Match = [UriMatch.Prefix("/")], Destination = new RouteDestination("storefront", 8080) }],
            },
        ],
    };

    private static ServiceVersion Version(string service, string version, params string[] clusters) => new(version)
    {
        Image = $"registry.example.com/shop/{service}:{version}.0.3",
        Clusters = clusters,
    };
}
