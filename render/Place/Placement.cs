using Manifests.Model;

namespace Manifests.Render.Place;

/// <summary>
/// Decides which object goes to which target. Nothing here is listed by hand in a topology:
/// a cluster receives a service's Service and ServiceAccount where one of its versions runs, and the
/// Service alone where a workload running there calls the service but no version of it runs there.
/// Gateways and routing objects go to the mesh control plane.
/// </summary>
public static class Placement
{
    private static readonly HashSet<string> BuiltInNamespaces = new(StringComparer.Ordinal)
    {
        "default", "kube-system", "kube-public", "kube-node-lease", "istio-system",
    };

    /// <summary>Places every object of <paramref name="mesh"/>: one entry per cluster, in declaration order, then the mesh.</summary>
    public static IReadOnlyList<TargetPlacement> Place(Mesh mesh)
    {
        var servicesByName = new Dictionary<string, Service>(StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            servicesByName.TryAdd(service.Name, service);
        }

        var placements = new List<TargetPlacement>();
        foreach (var cluster in mesh.Clusters)
        {
            placements.Add(PlaceCluster(cluster, mesh, servicesByName));
        }

        placements.Add(PlaceMesh(mesh, servicesByName));
        return placements;
    }

    private static TargetPlacement PlaceCluster(Cluster cluster, Mesh mesh, Dictionary<string, Service> servicesByName)
    {
        var objects = new List<PlacedObject>();
        var running = mesh.Services.Where(s => s.Versions.Any(v => RunsIn(v, cluster))).ToList();
        var runningNames = running.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var service in running)
        {
            objects.Add(new ServiceObject(service));
            objects.Add(new ServiceAccountObject(service));
            objects.AddRange(service.Versions.Where(v => RunsIn(v, cluster)).Select(v => new DeploymentObject(service, v)));
        }

        // A caller reaches a service through its local Service object, even when every backend runs elsewhere.
        var called = running.SelectMany(s => s.Calls)
            .Where(name => !runningNames.Contains(name) && servicesByName.ContainsKey(name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var stubs = called.Select(name => servicesByName[name]).ToList();
        objects.AddRange(stubs.Select(s => new ServiceObject(s)));

        var namespaces = running.Concat(stubs).Select(s => s.Namespace);
        var target = new Target(cluster.Name, TargetKind.Cluster, cluster.Context ?? cluster.Name, cluster.ApiServer);
        return new TargetPlacement(target, [.. NamespaceObjects(namespaces), .. objects]);
    }

    private static TargetPlacement PlaceMesh(Mesh mesh, Dictionary<string, Service> servicesByName)
    {
        var objects = new List<PlacedObject>();
        objects.AddRange(mesh.IngressGateways.Select(g => new IngressGatewayObject(g)));
        objects.AddRange(mesh.Gateways.Select(g =>
            new GatewayObject(g, mesh.IngressGateways.FirstOrDefault(i => i.Name == g.IngressGateway))));
        objects.AddRange(mesh.IngressRoutes.Select(r => new IngressRouteObject(
            r,
            r.Http.Select(h => h.Destination.Service).Distinct(StringComparer.Ordinal)
                .Where(servicesByName.ContainsKey).Select(n => servicesByName[n]).ToList())));

        var routed = mesh.Services.Where(s => s.Traffic is not SpreadPolicy).ToList();
        foreach (var service in routed)
        {
            objects.Add(new DestinationRuleObject(service));
            objects.Add(new TrafficRouteObject(service));
        }

        var namespaces = mesh.IngressGateways.Select(g => g.Namespace)
            .Concat(mesh.Gateways.Select(g => g.Namespace))
            .Concat(mesh.IngressRoutes.Select(r => r.Namespace))
            .Concat(routed.Select(s => s.Namespace));
        var target = new Target(Target.MeshTargetName, TargetKind.Mesh, mesh.ControlPlane.Context, mesh.ControlPlane.ApiServer);
        return new TargetPlacement(target, [.. NamespaceObjects(namespaces), .. objects]);
    }

    private static bool RunsIn(ServiceVersion version, Cluster cluster) =>
        version.Clusters.Contains(cluster.Name, StringComparer.Ordinal);

    private static IEnumerable<PlacedObject> NamespaceObjects(IEnumerable<string> namespaces) =>
        namespaces.Where(n => !BuiltInNamespaces.Contains(n))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(n => new NamespaceObject(n));
}
