using Manifests.Model;
using Manifests.Render;

namespace Manifests.Tests.Check;

/// <summary>
/// A topology with one of nearly every mistake: the render reports all of them at once, in a stable order
/// (names, clusters, services, calls, policies, ingress; then security; then declared text), each at its line.
/// </summary>
public sealed class FindingOrderTests
{
    [Fact]
    public void Every_mistake_is_reported_once_in_rule_order_then_declaration_order_with_its_message_and_line()
    {
        var findings = ManifestRenderer.Render(WrongMesh(), "Tests").Findings.Select(f => (f.Rule.Id, f.Message, f.Location.Line));

        Assert.Equal(
        [
            ("MESH001", "Service name 'Bad_Name' is not a DNS-1035 label (lower-case, starts with a letter, at most 63 characters).", 50),
            ("MESH001", "Namespace of service 'Bad_Name' 'Shop' is not a DNS-1123 label.", 50),
            ("MESH001", $"Deployment name 'Bad_Name-{LongVersion}' is longer than 63 characters.", 51),
            ("MESH004", "Cluster 'east' is declared more than once.", 3),
            ("MESH023", "Cluster name 'mesh' is reserved for the tool's own output folder.", 4),
            ("MESH013", "Port name 'web' of service 'cart' does not start with a protocol Istio knows, so Istio treats its traffic as opaque TCP.", 10),
            ("MESH005", "Version 'v1' of service 'cart' runs on cluster 'west', which the mesh does not declare (declared: east, mesh).", 20),
            ("MESH018", "Image 'shop/cart' of 'cart' version 'v1' is not pinned to a tag.", 20),
            ("MESH020", "Replicas of 'cart' version 'v1' is -1.", 20),
            ("MESH017", "Container port 9090 of 'cart' version 'v1' is not the target of any port of Service 'cart' (8080).", 20),
            ("MESH021", "Environment variable 'DB_PASSWORD' of 'cart' version 'v1' looks like a secret but has a literal value, which would be written into the manifests.", 20),
            ("MESH003", "Service 'cart' declares version 'v1' more than once.", 21),
            ("MESH024", "Version 'v1' of service 'cart' runs on no cluster.", 21),
            ("MESH024", "Version 'v1' of service 'idle' runs on no cluster.", 31),
            ("MESH016", "Service 'cart' is declared again with different ports (8080 and 81).", 40),
            ("MESH020", "Port 'http' of service 'Bad_Name' is 70000, outside 1 to 65535.", 50),
            ("MESH015", "Service 'cart' calls 'nowhere', which the mesh does not declare.", 10),
            ("MESH014", "Service 'cart' calls 'idle', but no version of 'idle' runs on any cluster.", 10),
            ("MESH006", "The traffic policy of 'cart' names version 'v9', which 'cart' does not have (it has: v1).", 10),
            ("MESH008", "The weights of 'cart' are 50, 60 (sum 110).", 10),
            ("MESH019", "Ingress gateway 'ig' is in namespace 'default'.", 60),
            ("MESH011", "Gateway 'gw' listens on port 443, which ingress gateway 'ig' does not expose (it exposes 80).", 70),
            ("MESH012", "Gateway 'gw2' selects ingress gateway 'nope', which the mesh does not declare.", 71),
            ("MESH010", "Ingress route 'cart' answers for host 'example.com', which gateway 'gw' does not accept (it accepts shop/*.example.com, api.example.org).", 80),
            ("MESH010", "Ingress route 'cart' answers for host 'other.org', which gateway 'gw' does not accept (it accepts shop/*.example.com, api.example.org).", 80),
            ("MESH009", "Ingress route 'cart' is bound to gateway 'ghost', which the mesh does not declare.", 80),
            ("MESH007", "Ingress route 'cart' sends traffic to port 9999 of 'cart', which exposes 8080.", 80),
            ("MESH007", "Ingress route 'cart' sends traffic to service 'absent', which the mesh does not declare.", 80),
            ("MESH010", "Ingress route 'open' answers for host 'x.y', which gateway 'gw' does not accept (it accepts shop/*.example.com, api.example.org).", 81),
            ("MESH022", "Ingress route 'cart' and the traffic policy of service 'cart' would both be VirtualService 'cart'.", 80),
            ("MESH025", "CpuRequest 'lots' of 'cart' version 'v1' is not a Kubernetes quantity (such as 250m, 0.5, 256Mi, 2G).", 20),
            ("MESH028", "Version 'v1' of 'cart' runs under a security policy that requires resources, but has no CpuRequest, MemoryRequest, CpuLimit, MemoryLimit.", 21),
            ("MESH028", "Version 'v1' of 'idle' runs under a security policy that requires resources, but has no CpuRequest, MemoryRequest, CpuLimit, MemoryLimit.", 31),
            ("MESH028", "Version 'v1' of 'cart' runs under a security policy that requires resources, but has no CpuRequest, MemoryRequest, CpuLimit, MemoryLimit.", 41),
            ("MESH025", "mesh.Services[1].Annotations[\"note\"] holds U+0085 at position 0, which kubectl and kustomize cannot carry unchanged.", 30),
        ], findings);
    }

    private static readonly string LongVersion = new('a', 60);

    private static Mesh WrongMesh() => new("shop", F, 1)
    {
        Clusters = [new Cluster("east", F, 2), new Cluster("east", F, 3), new Cluster("mesh", F, 4)],
        NamespaceSecurity = new Dictionary<string, SecurityPolicy> { ["shop"] = SecurityPolicy.Restricted },
        Services =
        [
            new Service("cart", F, 10)
            {
                Namespace = "shop",
                Ports = [new ServicePort("web", 8080)],
                Calls = ["nowhere", "idle"],
                Versions =
                [
                    new ServiceVersion("v1", F, 20)
                    {
                        Image = "shop/cart",
                        Clusters = ["east", "west"],
                        Replicas = -1,
                        ContainerPort = 9090,
                        Env = [EnvironmentVariable.Literal("DB_PASSWORD", "x")],
                        Resources = new ComputeResources { CpuRequest = "lots", MemoryRequest = "1Gi", CpuLimit = "1", MemoryLimit = "2Gi" },
                    },
                    new ServiceVersion("v1", F, 21) { Image = "shop/cart:1.0", Clusters = [] },
                ],
                Traffic = TrafficPolicy.Weighted(new VersionWeight("v1", 50), new VersionWeight("v9", 60)),
            },
            new Service("idle", F, 30)
            {
                Namespace = "shop",
                Ports = [new ServicePort("http", 80)],
                Versions = [new ServiceVersion("v1", F, 31) { Image = "shop/idle:1.0", Clusters = [] }],
                Annotations = new Dictionary<string, string> { ["note"] = "\u0085" },
            },
            new Service("cart", F, 40)
            {
                Namespace = "shop",
                Ports = [new ServicePort("http", 81)],
                Versions = [new ServiceVersion("v1", F, 41) { Image = "shop/cart:1.0", Clusters = ["east"] }],
                Traffic = TrafficPolicy.AllTo("v1"),
            },
            new Service("Bad_Name", F, 50)
            {
                Namespace = "Shop",
                Ports = [new ServicePort("http", 70000)],
                Versions = [new ServiceVersion(LongVersion, F, 51) { Image = "shop/bad:1.0", Clusters = ["east"] }],
            },
        ],
        IngressGateways =
        [
            new IngressGateway("ig", F, 60) { Namespace = "default", Ports = [new GatewayPort("http", 80, 8080)], Resources = new ComputeResources() },
        ],
        Gateways =
        [
            new Gateway("gw", F, 70)
            {
                Namespace = "shop",
                IngressGateway = "ig",
                Servers = [new GatewayServer(443, "https", GatewayProtocol.Https) { Hosts = ["shop/*.example.com", "api.example.org"] }],
            },
            new Gateway("gw2", F, 71) { IngressGateway = "nope", Servers = [new GatewayServer(80, "http", GatewayProtocol.Http)] },
        ],
        IngressRoutes =
        [
            new IngressRoute("cart", F, 80)
            {
                Namespace = "shop",
                Gateways = ["gw", "ghost"],
                Hosts = ["a.example.com", "example.com", "api.example.org", "*.example.com", "other.org"],
                Http =
                [
                    new HttpRoute { Destination = new RouteDestination("cart", 8080) },
                    new HttpRoute { Destination = new RouteDestination("cart", 9999) },
                    new HttpRoute { Destination = new RouteDestination("absent", 80) },
                ],
            },
            // Bound to a gateway that accepts everything, and to one that does not: only the second complains.
            new IngressRoute("open", F, 81)
            {
                Namespace = "shop",
                Gateways = ["gw2", "gw"],
                Hosts = ["x.y", "deep.a.example.com"],
                Http = [new HttpRoute { Destination = new RouteDestination("idle", 80) }],
            },
        ],
    };

    private const string F = "Wrong.cs";
}
