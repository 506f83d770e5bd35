using Manifests.Model;

namespace Manifests.Reliability.Tests.Support;

/// <summary>A small valid mesh that uses every kind of declaration; tests change one thing in it.</summary>
internal static class SmallMesh
{
    public static Service Shop => new("shop")
    {
        Ports = [new ServicePort("http", 8080)],
        Calls = ["stock"],
        Versions =
        [
            new ServiceVersion("v1") { Image = "registry.example.com/shop:1.0.0", Clusters = ["c1"] },
            new ServiceVersion("v2") { Image = "registry.example.com/shop:2.0.0", Clusters = ["c2"] },
        ],
    };

    public static Service Stock => new("stock")
    {
        Ports = [new ServicePort("grpc", 9090)],
        Versions = [new ServiceVersion("v1") { Image = "registry.example.com/stock:1.0.0", Clusters = ["c2"] }],
    };

    public static IngressGateway Ingress => new("ingress")
    {
        Ports = [new GatewayPort("http", 80, 80)],
        Resources = new ComputeResources { CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "1", MemoryLimit = "512Mi" },
    };

    public static Gateway WebGateway => new("web-gateway")
    {
        IngressGateway = "ingress",
        Servers = [new GatewayServer(80, "http", GatewayProtocol.Http)],
    };

    public static IngressRoute Route => new("web")
    {
        Gateways = ["web-gateway"],
        Http = [new HttpRoute { Destination = new RouteDestination("shop", 8080) }],
    };

    public static Mesh Valid => new("small")
    {
        Clusters = [new Cluster("c1"), new Cluster("c2")],
        Services = [Shop, Stock],
        IngressGateways = [Ingress],
        Gateways = [WebGateway],
        IngressRoutes = [Route],
    };
}
