using Manifests.Model;
using Manifests.Reliability.Tests.Support;
using static Manifests.Reliability.Tests.Support.SmallMesh;

namespace Manifests.Reliability.Tests.Validate;

/// <summary>Wrong topologies, one mistake each, with the rule that must name it.</summary>
internal static class WrongTopologyCorpus
{
    private static readonly string SixtyFour = new('a', 64);

    public static IEnumerable<(string Mistake, string RuleId, Func<Mesh> Topology)> All()
    {
        var mesh = Valid;
        yield return ("service name with upper case and '_'", "MESH001", () => mesh with { Services = [Shop, Stock, new Service("Shop_Front") { Ports = Shop.Ports, Versions = Shop.Versions }] });
        yield return ("empty service name", "MESH001", () => mesh with { Services = [Shop, Stock, new Service("") { Ports = Stock.Ports, Versions = Stock.Versions }] });
        yield return ("64-character cluster name", "MESH001", () => mesh with { Clusters = [new Cluster("c1"), new Cluster("c2"), new Cluster(SixtyFour)] });
        yield return ("64-character service name", "MESH001", () => mesh with { Services = [Shop, Stock, new Service("s" + SixtyFour[1..]) { Ports = Stock.Ports, Versions = Stock.Versions }] });
        yield return ("empty version name", "MESH001", () => mesh with { Services = [Shop, Stock with { Versions = [new ServiceVersion("") { Image = "r/stock:1", Clusters = ["c2"] }] }] });
        yield return ("port name with '_'", "MESH001", () => mesh with { Services = [Shop, Stock with { Ports = [new ServicePort("grpc_api", 9090)] }] });
        yield return ("namespace that climbs out of the folder", "MESH001", () => mesh with { Services = [Shop, Stock with { Namespace = "../etc" }] });
        yield return ("service declared twice", "MESH002", () => mesh with { Services = [Shop, Stock, Stock] });
        yield return ("version declared twice", "MESH003", () => mesh with { Services = [Shop with { Versions = [.. Shop.Versions, Shop.Versions[0]] }, Stock] });
        yield return ("cluster declared twice", "MESH004", () => mesh with { Clusters = [new Cluster("c1"), new Cluster("c2"), new Cluster("c1")] });
        yield return ("version placed on an undeclared cluster", "MESH005", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Clusters = ["c9"] }] }] });
        yield return ("all traffic to a missing version", "MESH006", () => mesh with { Services = [Shop with { Traffic = TrafficPolicy.AllTo("v7") }, Stock] });
        yield return ("route to an undeclared service", "MESH007", () => mesh with { IngressRoutes = [Route with { Http = [new HttpRoute { Destination = new RouteDestination("ghost", 8080) }] }] });
        yield return ("route to a port the service does not expose", "MESH007", () => mesh with { IngressRoutes = [Route with { Http = [new HttpRoute { Destination = new RouteDestination("shop", 9999) }] }] });
        yield return ("weights summing to 120", "MESH008", () => mesh with { Services = [Shop with { Traffic = TrafficPolicy.Weighted(new("v1", 60), new("v2", 60)) }, Stock] });
        yield return ("route bound to an undeclared gateway", "MESH009", () => mesh with { IngressRoutes = [Route with { Gateways = ["no-such-gateway"] }] });
        yield return ("route host the gateway does not accept", "MESH010", () => mesh with
        {
            Gateways = [WebGateway with { Servers = [new GatewayServer(80, "http", GatewayProtocol.Http) { Hosts = ["shop.example.com"] }] }],
            IngressRoutes = [Route with { Hosts = ["admin.example.com"] }],
        });
        yield return ("gateway port the ingress gateway does not expose", "MESH011", () => mesh with { Gateways = [WebGateway with { Servers = [new GatewayServer(8443, "https", GatewayProtocol.Https)] }] });
        yield return ("gateway selecting an undeclared ingress gateway", "MESH012", () => mesh with { Gateways = [WebGateway with { IngressGateway = "nope" }] });
        yield return ("call to a service that runs nowhere", "MESH014", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Clusters = [] }] }] });
        yield return ("call to an undeclared service", "MESH015", () => mesh with { Services = [Shop with { Calls = ["ghost"] }, Stock] });
        yield return ("service declared again with other ports", "MESH016", () => mesh with { Services = [Shop, Stock, Stock with { Ports = [new ServicePort("grpc", 9091)] }] });
        yield return ("container port no Service port targets", "MESH017", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { ContainerPort = 7000 }] }] });
        yield return ("ingress gateway outside istio-system", "MESH019", () => mesh with { IngressGateways = [Ingress with { Namespace = "default" }] });
        yield return ("Service port 70000", "MESH020", () => mesh with { Services = [Shop, Stock with { Ports = [new ServicePort("grpc", 70000)] }] });
        yield return ("Service port 0", "MESH020", () => mesh with { Services = [Shop, Stock with { Ports = [new ServicePort("grpc", 0)] }] });
        yield return ("negative replicas", "MESH020", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Replicas = -1 }] }] });
        yield return ("password given as a literal", "MESH021", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Env = [EnvironmentVariable.Literal("DB_PASSWORD", "hunter2")] }] }] });
        yield return ("ingress route named like a routed service", "MESH022", () => mesh with
        {
            Services = [Shop with { Traffic = TrafficPolicy.AllTo("v2") }, Stock],
            IngressRoutes = [Route with { }, new IngressRoute("shop") { Gateways = ["web-gateway"], Http = Route.Http }],
        });
        yield return ("conflicting placements: two Deployments named web-a-v1 in one cluster", "MESH022", () => mesh with
        {
            Services =
            [
                Shop, Stock,
                new Service("web-a") { Ports = [new ServicePort("http", 80)], Versions = [new ServiceVersion("v1") { Image = "r/a:1", Clusters = ["c1"] }] },
                new Service("web") { Ports = [new ServicePort("http", 80)], Versions = [new ServiceVersion("a-v1") { Image = "r/b:1", Clusters = ["c1"] }] },
            ],
        });
        yield return ("conflicting placements: two services' ServiceAccounts named alike in one cluster", "MESH022", () => mesh with
        {
            Services = [Shop, Stock with { ServiceAccount = "shop", Versions = [Stock.Versions[0] with { Clusters = ["c1"] }] }],
        });
        yield return ("cluster named like the mesh folder", "MESH023", () => mesh with { Clusters = [new Cluster("c1"), new Cluster("c2"), new Cluster("mesh")] });
        yield return ("64-character label value", "MESH025", () => mesh with { Services = [Shop with { Labels = new Dictionary<string, string> { ["team"] = SixtyFour } }, Stock] });
        yield return ("label key with two slashes", "MESH025", () => mesh with { Services = [Shop with { Labels = new Dictionary<string, string> { ["example.com/a/b"] = "x" } }, Stock] });
        yield return ("service account name that climbs out of the folder", "MESH025", () => mesh with { Services = [Shop with { ServiceAccount = "../../escape" }, Stock] });
        yield return ("environment variable name with a space", "MESH025", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Env = [EnvironmentVariable.Literal("LOG LEVEL", "debug")] }] }] });
        yield return ("resource quantity that is not a quantity", "MESH025", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Resources = new ComputeResources { CpuRequest = "lots" } }] }] });
        yield return ("writable path that is not absolute", "MESH025", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Volumes = new VersionVolumes { WritablePaths = ["tmp"] } }] }] });
        yield return ("ingress gateway port name the CRD refuses", "MESH026", () => mesh with { IngressGateways = [Ingress with { Ports = [new GatewayPort("Http_Main", 80, 80)] }] });
        yield return ("rolling surge that is neither a count nor a percentage", "MESH026", () => mesh with { IngressGateways = [Ingress with { Rollout = new GatewayRollout { MaxSurge = "all of them" } }] });
        yield return ("restricted policy without resources", "MESH028", () => mesh with { Security = SecurityPolicy.Restricted });
        yield return ("GitHub token in an innocent-looking variable", "MESH029", () => mesh with { Services = [Shop, Stock with { Versions = [Stock.Versions[0] with { Env = [EnvironmentVariable.Literal("GREETING", "ghp_" + new string('x', 36))] }] }] });
        yield return ("private key in an annotation", "MESH029", () => mesh with { Services = [Shop with { Annotations = new Dictionary<string, string> { ["example.com/key"] = "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----" } }, Stock] });
    }
}
