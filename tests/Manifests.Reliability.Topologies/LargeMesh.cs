using Manifests.Model;

namespace Manifests.Reliability.Topologies;

/// <summary>
/// A synthetic mesh of a few thousand services over four clusters, big enough that a render takes
/// about a second: the subject of the interrupted-render test. Two variants differ in image tags
/// and in how many services they declare, so going from one to the other writes, keeps and prunes files.
/// </summary>
public static class LargeMesh
{
    /// <summary>Declares <paramref name="services"/> services whose images carry <paramref name="tag"/>.</summary>
    public static Mesh Declare(int services, string tag)
    {
        string[] clusters = ["east-1", "east-2", "west-1", "west-2"];
        var declared = new List<Service>(services);
        for (var i = 0; i < services; i++)
        {
            var name = $"svc-{i:D4}";
            var versions = new List<ServiceVersion>
            {
                new("v1") { Image = $"registry.example.com/shop/{name}:{tag}", Clusters = [clusters[i % 4]] },
            };
            if (i % 3 == 0)
            {
                versions.Add(new ServiceVersion("v2") { Image = $"registry.example.com/shop/{name}:{tag}-next", Clusters = [clusters[(i + 1) % 4]] });
            }

            declared.Add(new Service(name)
            {
                Namespace = $"team-{i % 7}",
                Ports = [new ServicePort("http", 8080)],
                Calls = i + 1 < services ? [$"svc-{i + 1:D4}"] : [],
                Versions = versions,
                Labels = new Dictionary<string, string> { ["tier"] = (i % 2 == 0) ? "web" : "backend" },
                Annotations = new Dictionary<string, string> { ["example.com/owner"] = $"team {i % 7}" },
            });
        }

        return new Mesh("large")
        {
            Clusters = [.. clusters.Select(c => new Cluster(c))],
            Services = declared,
        };
    }
}
