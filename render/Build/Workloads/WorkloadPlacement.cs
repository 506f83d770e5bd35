using Manifests.Model;

namespace Manifests.Render.Build.Workloads;

/// <summary>
/// The workloads' part of placement: a cluster receives a service's Service and ServiceAccount where one of its
/// versions runs, a Deployment per version running there, and the Service alone where a workload running there
/// calls the service but no version of it runs there.
/// </summary>
internal static class WorkloadPlacement
{
    /// <summary>What each cluster receives, in the order of <see cref="Mesh.Clusters"/>: the running services in declaration order, then the called ones by name.</summary>
    public static List<PlacedObject>[] Place(Mesh mesh, Dictionary<string, Service> servicesByName)
    {
        var shares = ClusterShares(mesh);
        var objects = new List<PlacedObject>[mesh.Clusters.Count];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = PlaceCluster(shares.For(mesh.Clusters[i].Name), servicesByName);
        }

        return objects;
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

    private static List<PlacedObject> PlaceCluster(ClusterShare share, Dictionary<string, Service> servicesByName)
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
        // One list of the exact size: at thousands of services the lists are large objects, each copy a cost.
        var objects = new List<PlacedObject>(share.Objects.Count + called.Count);
        objects.AddRange(share.Objects);
        foreach (var name in called)
        {
            objects.Add(new ServiceObject(servicesByName[name]));
        }

        return objects;
    }

    /// <summary>What one cluster (by name) receives of the services, in declaration order.</summary>
    private sealed class ClusterShare
    {
        private HashSet<string>? _runningNames;

        /// <summary>The number of the last service and version placed here, counted from 1 in declaration order.</summary>
        public int LastService { get; set; }

        public int LastVersion { get; set; }

        public List<Service> Running { get; } = [];

        /// <summary>Each running service's Service, ServiceAccount and Deployments.</summary>
        public List<PlacedObject> Objects { get; } = [];

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
}
