using Manifests.Model;

namespace Manifests.Reliability.Topologies;

/// <summary>Passes every topology rule, but its Service would carry a 64-character label value, which Kubernetes refuses.</summary>
[Topology]
public sealed class InvalidTopology : ITopology
{
    /// <inheritdoc />
    public Mesh Declare() => new("invalid")
    {
        Clusters = [new Cluster("c1")],
        Services =
        [
            new Service("shop")
            {
                Ports = [new ServicePort("http", 8080)],
                Labels = new Dictionary<string, string> { ["team"] = new string('t', 64) },
                Versions = [new ServiceVersion("v1") { Image = "registry.example.com/shop:1.0.0", Clusters = ["c1"] }],
            },
        ],
    };
}
