using Manifests.Model;

namespace Manifests.Perf.Tests;

/// <summary>
/// A topology that reaches every branch of the object factories the benchmark's uniform services do not:
/// target ports and protocols (IntOrString), env literals and secret references, extra labels and
/// annotations, namespaces, called-service stubs, both traffic policies, an ingress gateway with partial
/// resources, gateways across namespaces, and URI matches.
/// </summary>
internal static class FeatureTopology
{
    public static Mesh Declare() => new("features")
    {
        NetworkingApiVersion = IstioApiVersion.V1Beta1,
        Clusters = [new Cluster("east") { Context = "ctx-east" }, new Cluster("west")],
        Services =
        [
            new Service("api")
            {
                Namespace = "shop",
                ServiceAccount = "api-runner",
                Ports = [new ServicePort("http-web", 80) { TargetPort = 8080 }, new ServicePort("udp-stats", 9125) { Protocol = TransportProtocol.Udp }],
                Calls = ["db", "cache"],
                Labels = new Dictionary<string, string> { ["team"] = "storefront", ["app"] = "ignored-tool-label-wins" },
                Annotations = new Dictionary<string, string> { ["example.com/owner"] = "ops@example.com", ["note"] = "yes" },
                Versions =
                [
                    new ServiceVersion("v1")
                    {
                        Image = "example/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        Clusters = ["east", "west"],
                        Replicas = 3,
                        ImagePullPolicy = PullPolicy.Always,
                        Labels = new Dictionary<string, string> { ["tier"] = "frontend", ["version"] = "not-this" },
                        Env = [EnvironmentVariable.Literal("MODE", "on"), EnvironmentVariable.FromSecret("DB_PASSWORD", "db-secret", "password")],
                    },
                    new ServiceVersion("v2") { Image = "example/api:2.0", Clusters = ["west"], ContainerPort = 8080 },
                ],
                Traffic = TrafficPolicy.Weighted(new VersionWeight("v1", 90), new VersionWeight("v2", 10)),
            },
            new Service("db")
            {
                Namespace = "data",
                Ports = [new ServicePort("tcp-postgres", 5432)],
                Versions = [new ServiceVersion("v1") { Image = "postgres:16", Clusters = ["east"] }],
                Traffic = TrafficPolicy.AllTo("v1"),
            },
            new Service("cache")
            {
                Ports = [new ServicePort("tcp-redis", 6379) { TargetPort = 6380, Protocol = TransportProtocol.Tcp }],
                Versions = [new ServiceVersion("v7") { Image = "redis:7.2", Clusters = ["west"] }],
            },
        ],
        IngressGateways =
        [
            new IngressGateway("edge")
            {
                Ports = [new GatewayPort("http", 80, 8080), new GatewayPort("dns", 53, 53) { Protocol = TransportProtocol.Udp }],
                Resources = new ComputeResources { CpuRequest = "500m", MemoryLimit = "1Gi" },
                ManagedByAsm = false,
                Pods = new GatewayPods { Replicas = 2, HostNetwork = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet },
                ExternalTrafficPolicy = ExternalTrafficPolicy.Cluster,
                ServiceType = GatewayServiceType.NodePort,
            },
        ],
        Gateways =
        [
            new Gateway("public")
            {
                Namespace = "shop",
                IngressGateway = "edge",
                Servers = [new GatewayServer(80, "http", GatewayProtocol.Http) { Hosts = ["shop.example.com", "*.shop.example.com"] }],
            },
        ],
        IngressRoutes =
        [
            new IngressRoute("storefront")
            {
                Namespace = "default",
                Gateways = ["public"],
                Hosts = ["shop.example.com"],
                Http =
                [
                    new HttpRoute { Match = [UriMatch.Prefix("/api"), UriMatch.Exact("/health")], Destination = new RouteDestination("api", 80) },
                    new HttpRoute { Destination = new RouteDestination("cache", 6379) },
                ],
            },
        ],
    };
}
