using System.Globalization;
using Manifests.Model;

namespace Manifests.Bench;

/// <summary>
/// The benchmark's workload, declared through the public model like any topology: N services, each with
/// v1 and v2 in one cluster and v3 in the other, and a weighted traffic policy. That places a Service and a
/// ServiceAccount in both clusters, three Deployments, and a DestinationRule and a VirtualService in the mesh:
/// 9 objects per service, one file each.
/// </summary>
public static class SyntheticTopology
{
    /// <summary>The objects each service places.</summary>
    public const int ObjectsPerService = 9;

    /// <summary>Declares the mesh for <paramref name="services"/> services.</summary>
    public static Mesh Declare(int services)
    {
        var list = new Service[services];
        for (var i = 0; i < services; i++)
        {
            // Zero-padded so the names sort in declaration order and every run at the same N is identical.
            var name = "svc-" + i.ToString("D5", CultureInfo.InvariantCulture);
            list[i] = new Service(name)
            {
                Ports = [new ServicePort("http", 8080)],
                Versions =
                [
                    Version(name, "v1", "c1"),
                    Version(name, "v2", "c1"),
                    Version(name, "v3", "c2"),
                ],
                Traffic = TrafficPolicy.Weighted(new VersionWeight("v1", 80), new VersionWeight("v2", 10), new VersionWeight("v3", 10)),
            };
        }

        return new Mesh("bench")
        {
            Clusters = [new Cluster("c1"), new Cluster("c2")],
            Services = list,
        };
    }

    private static ServiceVersion Version(string service, string version, string cluster) => new(version)
    {
        Image = $"registry.example.com/{service}:{version}-1.0.0",
        Clusters = [cluster],
    };
}
