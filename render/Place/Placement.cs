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
        var servicesByName = new Dictionary<string, Service>(mesh.Services.Count, StringComparer.Ordinal);
        foreach (var service in mesh.Services)
        {
            servicesByName.TryAdd(service.Name, service);
        }

        var shares = ClusterShares(mesh);
        var placements = new List<TargetPlacement>(mesh.Clusters.Count + 1);
        foreach (var cluster in mesh.Clusters)
        {
            placements.Add(PlaceCluster(cluster, shares.For(cluster.Name), servicesByName));
        }

        placements.Add(PlaceMesh(mesh, servicesByName));
        return placements;
    }

    // One pass over the services fills every cluster's share, instead of one pass over all services per cluster.
    // A share takes a service's Service and ServiceAccount when the first of its versions runs there.
    private static ClusterShareIndex ClusterShares(Mesh mesh)
    {
        var shares = new ClusterShareIndex(mesh.Clusters);
        var serviceNumber = 0;
        var versionNumber = 0;
        foreach (var service in mesh.Services)
        {
            serviceNumber++;
            for (var v = 0; v < service.Versions.Count; v++)
            {
                var version = service.Versions[v];
                versionNumber++;
                for (var c = 0; c < version.Clusters.Count; c++)
                {
                    var clusterName = version.Clusters[c];
                    // Numbers, not references, tell a cluster named twice by one version from a version declared twice.
                    if (shares.Find(clusterName) is not { } share || share.LastVersion == versionNumber)
                    {
                        continue;
                    }

                    share.LastVersion = versionNumber;
                    if (share.LastService != serviceNumber)
                    {
                        share.LastService = serviceNumber;
                        share.Running.Add(service);
                        share.Objects.Add(new ServiceObject(service));
                        share.Objects.Add(new ServiceAccountObject(service));
                    }

                    share.Objects.Add(new DeploymentObject(service, version));
                }
            }
        }

        return shares;
    }

    private static TargetPlacement PlaceCluster(Cluster cluster, ClusterShare share, Dictionary<string, Service> servicesByName)
    {
        // A caller reaches a service through its local Service object, even when every backend runs elsewhere.
        var called = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in share.Running)
        {
            for (var c = 0; c < service.Calls.Count; c++)
            {
                var name = service.Calls[c];
                if (!share.RunsService(name) && servicesByName.ContainsKey(name) && seen.Add(name))
                {
                    called.Add(name);
                }
            }
        }

        called.Sort(StringComparer.Ordinal);
        var stubs = new List<Service>(called.Count);
        foreach (var name in called)
        {
            stubs.Add(servicesByName[name]);
        }

        var namespaces = new NamespaceSet();
        foreach (var service in share.Running)
        {
            namespaces.Add(service.Namespace);
        }

        foreach (var stub in stubs)
        {
            namespaces.Add(stub.Namespace);
        }

        var target = new Target(cluster.Name, TargetKind.Cluster, cluster.Context ?? cluster.Name, cluster.ApiServer);
        // One list of the exact size: at thousands of services the lists are large objects, each copy a cost.
        var namespaceObjects = namespaces.Objects();
        var objects = new List<PlacedObject>(namespaceObjects.Count + share.Objects.Count + stubs.Count);
        objects.AddRange(namespaceObjects);
        objects.AddRange(share.Objects);
        foreach (var stub in stubs)
        {
            objects.Add(new ServiceObject(stub));
        }

        return new TargetPlacement(target, objects);
    }

    private static TargetPlacement PlaceMesh(Mesh mesh, Dictionary<string, Service> servicesByName)
    {
        var objects = new List<PlacedObject>();
        var namespaces = new NamespaceSet();
        var ingressByName = new Dictionary<string, IngressGateway>(StringComparer.Ordinal);
        foreach (var ingress in mesh.IngressGateways)
        {
            objects.Add(new IngressGatewayObject(ingress));
            namespaces.Add(ingress.Namespace);
            if (ingress.Name is not null)
            {
                ingressByName.TryAdd(ingress.Name, ingress);
            }
        }

        foreach (var gateway in mesh.Gateways)
        {
            // The first ingress gateway of the name a Gateway selects, found by name rather than searched for.
            var selected = gateway.IngressGateway is null
                ? mesh.IngressGateways.FirstOrDefault(i => i.Name is null)
                : ingressByName.GetValueOrDefault(gateway.IngressGateway);
            objects.Add(new GatewayObject(gateway, selected));
            namespaces.Add(gateway.Namespace);
        }

        foreach (var route in mesh.IngressRoutes)
        {
            // Each routed service once, in the order of the routes, when the mesh declares it.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var routed = new List<Service>();
            foreach (var http in route.Http)
            {
                var name = http.Destination.Service;
                if (seen.Add(name) && servicesByName.TryGetValue(name, out var service))
                {
                    routed.Add(service);
                }
            }

            objects.Add(new IngressRouteObject(route, routed));
            namespaces.Add(route.Namespace);
        }

        foreach (var service in mesh.Services)
        {
            if (service.Traffic is not SpreadPolicy)
            {
                objects.Add(new DestinationRuleObject(service));
                objects.Add(new TrafficRouteObject(service));
                namespaces.Add(service.Namespace);
            }
        }

        var target = new Target(Target.MeshTargetName, TargetKind.Mesh, mesh.ControlPlane.Context, mesh.ControlPlane.ApiServer);
        return new TargetPlacement(target, [.. namespaces.Objects(), .. objects]);
    }

    /// <summary>What one cluster (by name) receives of the services, in declaration order.</summary>
    private sealed class ClusterShare
    {
        private HashSet<string>? _runningNames;

        /// <summary>The number of the last service and version placed here, counted from 1 in declaration order.</summary>
        public int LastService { get; set; }

        public int LastVersion { get; set; }

        public List<Service> Running { get; } = [];

        /// <summary>Whether a service of <paramref name="name"/> runs here; the set of names is made for the first call asked about.</summary>
        public bool RunsService(string name)
        {
            if (_runningNames is null)
            {
                _runningNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var service in Running)
                {
                    _runningNames.Add(service.Name);
                }
            }

            return _runningNames.Contains(name);
        }

        /// <summary>Each running service's Service, ServiceAccount and Deployments.</summary>
        public List<PlacedObject> Objects { get; } = [];
    }

    /// <summary>The share of each declared cluster name; two clusters of one name share one.</summary>
    private sealed class ClusterShareIndex
    {
        private readonly Dictionary<string, ClusterShare> _byName = new(StringComparer.Ordinal);
        private readonly ClusterShare? _unnamed;

        public ClusterShareIndex(IReadOnlyList<Cluster> clusters)
        {
            foreach (var cluster in clusters)
            {
                if (cluster.Name is null)
                {
                    _unnamed ??= new ClusterShare();
                }
                else if (!_byName.ContainsKey(cluster.Name))
                {
                    _byName.Add(cluster.Name, new ClusterShare());
                }
            }
        }

        public ClusterShare? Find(string? name) => name is null ? _unnamed : _byName.GetValueOrDefault(name);

        public ClusterShare For(string? name) => Find(name)!;
    }

    /// <summary>The namespaces a target's objects live in, each once, without the ones every cluster has.</summary>
    private sealed class NamespaceSet
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public void Add(string name)
        {
            if (!BuiltInNamespaces.Contains(name) && _seen.Add(name))
            {
                _names.Add(name);
            }
        }

        /// <summary>A Namespace object for each, in ordinal order.</summary>
        public List<PlacedObject> Objects()
        {
            _names.Sort(StringComparer.Ordinal);
            return _names.ConvertAll(n => (PlacedObject)new NamespaceObject(n));
        }
    }
}
