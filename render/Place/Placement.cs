using Manifests.Model;
using Manifests.Render.Build;
using Manifests.Render.Build.Ingress;
using Manifests.Render.Build.Routing;
using Manifests.Render.Build.Workloads;

namespace Manifests.Render.Place;

/// <summary>
/// Decides which object goes to which target by composing each capability's part: the workloads place
/// Services, ServiceAccounts and Deployments in the clusters (<see cref="WorkloadPlacement"/>); the ingress path
/// (<see cref="IngressPlacement"/>) and the routing objects (<see cref="RoutingPlacement"/>) go to the mesh control
/// plane. Every target then gets a Namespace for each namespace its objects live in, first.
/// </summary>
internal static class Placement
{
    private static readonly HashSet<string> BuiltInNamespaces = new(StringComparer.Ordinal)
    {
        "default", "kube-system", "kube-public", "kube-node-lease", "istio-system",
    };

    /// <summary>Places every object of <paramref name="mesh"/>: one entry per cluster, in declaration order, then the mesh.</summary>
    public static IReadOnlyList<TargetPlacement> Place(Mesh mesh)
    {
        var servicesByName = new Dictionary<string, Service>(mesh.Services.Count, StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            servicesByName.TryAdd(service.Name, service);
        }

        var placements = new List<TargetPlacement>(mesh.Clusters.Count + 1);
        var clusterObjects = WorkloadPlacement.Place(mesh, servicesByName);
        for (var i = 0; i < mesh.Clusters.Count; i++)
        {
            var cluster = mesh.Clusters[i];
            var target = new Target(cluster.Name, TargetKind.Cluster, cluster.Context ?? cluster.Name, cluster.ApiServer);
            placements.Add(new TargetPlacement(target, WithNamespaces(clusterObjects[i])));
        }

        var meshObjects = new List<PlacedObject>();
        IngressPlacement.PlaceInMesh(mesh, servicesByName, meshObjects);
        RoutingPlacement.PlaceInMesh(mesh, meshObjects);
        var meshTarget = new Target(Target.MeshTargetName, TargetKind.Mesh, mesh.ControlPlane.Context, mesh.ControlPlane.ApiServer);
        placements.Add(new TargetPlacement(meshTarget, WithNamespaces(meshObjects)));
        return placements;
    }

    // The namespaces the objects live in, each once and in ordinal order, without the ones every cluster has; then the objects.
    private static List<PlacedObject> WithNamespaces(List<PlacedObject> objects)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        string? last = null;
        foreach (var placed in objects)
        {
            // A service's objects follow each other and share one namespace string: skip the lookup for a repeat.
            if (placed.Namespace is { } name && !ReferenceEquals(name, last))
            {
                last = name;
                if (!BuiltInNamespaces.Contains(name) && seen.Add(name))
                {
                    names.Add(name);
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        // One list of the exact size: at thousands of services the lists are large objects, each copy a cost.
        var all = new List<PlacedObject>(names.Count + objects.Count);
        foreach (var name in names)
        {
            all.Add(new NamespaceObject(name));
        }

        all.AddRange(objects);
        return all;
    }
}
