using System.Runtime.CompilerServices;
using Manifests.Model;

namespace Bookinfo.Topology;

/// <summary>
/// Istio's Bookinfo over two clusters of one ASM instance, behind one serverless ingress gateway:
/// m1c2 runs details, ratings, reviews v1 and v2 and productpage; m1c1 runs reviews v3, which calls
/// ratings. All reviews traffic goes to v3 (the seed's optional step 5).
/// </summary>
[Topology]
public sealed class BookinfoTopology : ITopology
{
    private const string M1c1 = "m1c1";
    private const string M1c2 = "m1c2";

    /// <inheritdoc />
    public Mesh Declare() => new("bookinfo")
    {
        // The seed's documents use the v1alpha3 networking API.
        NetworkingApiVersion = IstioApiVersion.V1Alpha3,
        // kubectl contexts (and Argo CD cluster names) m1c1 and m1c2 reach the clusters; asm reaches the ASM control plane.
        ControlPlane = new ControlPlane { Context = "asm" },
        Clusters = [new Cluster(M1c1), new Cluster(M1c2)],
        ArgoCd = new ArgoCdDelivery
        {
            // The Git repository Argo CD reads this output from: replace with your own.
            RepoUrl = "https://git.example.com/platform/bookinfo-manifests.git",
            Revision = "main",
        },
        Services =
        [
            new Service("details")
            {
                ServiceAccount = "bookinfo-details",
                Ports = [new ServicePort("http", 9080)],
                Versions = [Version("details", "v1", M1c2)],
            },
            new Service("ratings")
            {
                ServiceAccount = "bookinfo-ratings",
                Ports = [new ServicePort("http", 9080)],
                Versions = [Version("ratings", "v1", M1c2)],
            },
            new Service("reviews")
            {
                ServiceAccount = "bookinfo-reviews",
                Ports = [new ServicePort("http", 9080)],
                Calls = ["ratings"],
                Versions = [Version("reviews", "v1", M1c2), Version("reviews", "v2", M1c2), Version("reviews", "v3", M1c1)],
                Traffic = TrafficPolicy.AllTo("v3"),
            },
            new Service("productpage")
            {
                ServiceAccount = "bookinfo-productpage",
                Ports = [new ServicePort("http", 9080)],
                Calls = ["details", "reviews"],
                Versions = [Version("productpage", "v1", M1c2)],
            },
        ],
        IngressGateways =
        [
            new IngressGateway("ingressgateway")
            {
                Ports = [new GatewayPort("http", 80, 80), new GatewayPort("https", 443, 443)],
                Resources = new ComputeResources { CpuLimit = "2", MemoryLimit = "2G", CpuRequest = "200m", MemoryRequest = "256Mi" },
                Pods = new GatewayPods { RunAsRoot = true },
            },
        ],
        Gateways =
        [
            new Gateway("bookinfo-gateway")
            {
                IngressGateway = "ingressgateway",
                Servers = [new GatewayServer(80, "http", GatewayProtocol.Http)],
            },
        ],
        IngressRoutes =
        [
            new IngressRoute("bookinfo")
            {
                Gateways = ["bookinfo-gateway"],
                Http =
                [
                    new HttpRoute
                    {
                        Match =
                        [
                            UriMatch.Exact("/productpage"),
                            UriMatch.Prefix("/static"),
                            UriMatch.Exact("/login"),
                            UriMatch.Exact("/logout"),
                            UriMatch.Prefix("/api/v1/products"),
                        ],
                        Destination = new RouteDestination("productpage", 9080),
                    },
                ],
            },
        ],
    };

    // Every Bookinfo image is the upstream sample at 1.15.0, named after its service and version.
    // The caller's file and line are passed on, so a mistake is reported where the version is listed.
    private static ServiceVersion Version(
        string service,
        string version,
        string cluster,
        [CallerFilePath] string file = "",
        [CallerLineNumber] int line = 0) => new(version, file, line)
    {
        Image = $"docker.io/istio/examples-bookinfo-{service}-{version}:1.15.0",
        Clusters = [cluster],
    };
}
