using System.Globalization;
using Manifests.Model;
using Manifests.Render.Build.Ingress;
using Manifests.Render.Build.Workloads;
using Manifests.Render.Place;

namespace Manifests.Render.Graph;

/// <summary>
/// Draws a mesh as <see cref="Placement"/> places it: each cluster holds the workloads and Service stubs
/// placed there, the control plane holds the ingress path, and the mesh's services link routes, calls and workloads.
/// </summary>
public static class TopologyGraphBuilder
{
    /// <summary>The picture of <paramref name="mesh"/>.</summary>
    public static TopologyGraph Build(Mesh mesh)
    {
        var nodes = new List<GraphNode>();
        var groups = new List<GraphGroup>();
        var edges = new List<GraphEdge>();
        var workloads = new Dictionary<(string Service, string Version), List<string>>();
        var services = mesh.Services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var placements = Placement.Place(mesh);
        foreach (var placement in placements.Where(p => p.Target.Kind == TargetKind.Cluster))
        {
            groups.Add(ClusterGroup(placement, nodes, workloads));
        }

        foreach (var service in mesh.Services)
        {
            nodes.Add(new GraphNode(ServiceId(service.Name), GraphNodeKind.Service, service.Name, service.Namespace == "default" ? null : service.Namespace));
        }

        // A mesh without gateways or routes has nothing to show in its control plane box.
        if (placements.FirstOrDefault(p => p.Target.Kind == TargetKind.Mesh) is { } meshPlacement &&
            ControlPlaneGroup(meshPlacement, services, nodes, edges) is { NodeIds.Count: > 0 } controlPlane)
        {
            groups.Add(controlPlane);
        }

        foreach (var service in mesh.Services)
        {
            edges.AddRange(service.Calls.Where(services.Contains).Distinct(StringComparer.Ordinal)
                .Select(callee => new GraphEdge(ServiceId(service.Name), ServiceId(callee), GraphEdgeKind.Call, "calls", null)));
        }

        foreach (var service in mesh.Services)
        {
            edges.AddRange(TrafficEdges(service, workloads));
        }

        return new TopologyGraph(nodes, groups, edges);
    }

    private static GraphGroup ClusterGroup(TargetPlacement placement, List<GraphNode> nodes, Dictionary<(string, string), List<string>> workloads)
    {
        var cluster = placement.Target.Name;
        var members = new List<string>();
        var running = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deployment in placement.Objects.OfType<DeploymentObject>())
        {
            var id = Id("w", cluster, deployment.Service.Name, deployment.Version.Name);
            nodes.Add(new GraphNode(id, GraphNodeKind.Workload, deployment.Service.Name, deployment.Version.Name));
            members.Add(id);
            running.Add(deployment.Service.Name);
            var key = (deployment.Service.Name, deployment.Version.Name);
            if (!workloads.TryGetValue(key, out var list))
            {
                workloads[key] = list = [];
            }

            list.Add(id);
        }

        foreach (var stub in placement.Objects.OfType<ServiceObject>().Where(s => !running.Contains(s.Service.Name)))
        {
            var id = Id("stub", cluster, stub.Service.Name);
            nodes.Add(new GraphNode(id, GraphNodeKind.ServiceStub, stub.Service.Name, "Service stub"));
            members.Add(id);
        }

        return new GraphGroup(Id("cluster", cluster), $"cluster {cluster}", members);
    }

    private static GraphGroup ControlPlaneGroup(TargetPlacement placement, HashSet<string> services, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var members = new List<string>();
        var gatewayIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placed in placement.Objects)
        {
            switch (placed)
            {
                case IngressGatewayObject ingress:
                    members.Add(Add(nodes, new GraphNode(Id("igw", ingress.Gateway.Namespace, ingress.Gateway.Name), GraphNodeKind.IngressGateway, ingress.Gateway.Name, "ingress gateway")));
                    break;
                case GatewayObject gateway:
                    var gatewayId = Add(nodes, new GraphNode(Id("gw", gateway.Gateway.Namespace, gateway.Gateway.Name), GraphNodeKind.Gateway, gateway.Gateway.Name, "Gateway"));
                    members.Add(gatewayId);
                    gatewayIds.TryAdd(gateway.Gateway.Name, gatewayId);
                    if (gateway.Selected is { } selected)
                    {
                        var ports = string.Join(", ", gateway.Gateway.Servers.Select(s => s.Port.ToString(CultureInfo.InvariantCulture)));
                        edges.Add(new GraphEdge(Id("igw", selected.Namespace, selected.Name), gatewayId, GraphEdgeKind.Ingress, $"port {ports}", null));
                    }

                    break;
                case IngressRouteObject route:
                    var routeId = Add(nodes, new GraphNode(Id("route", route.Route.Namespace, route.Route.Name), GraphNodeKind.Route, route.Route.Name, "route"));
                    members.Add(routeId);
                    edges.AddRange(route.Route.Gateways.Where(gatewayIds.ContainsKey)
                        .Select(g => new GraphEdge(gatewayIds[g], routeId, GraphEdgeKind.Ingress, null, null)));
                    edges.AddRange(route.Route.Http.Where(h => services.Contains(h.Destination.Service))
                        .Select(h => new GraphEdge(routeId, ServiceId(h.Destination.Service), GraphEdgeKind.Route, MatchLabel(h), null)));
                    break;
            }
        }

        return new GraphGroup(Id("target", Target.MeshTargetName), "mesh control plane", members);
    }

    private static IEnumerable<GraphEdge> TrafficEdges(Service service, Dictionary<(string, string), List<string>> workloads)
    {
        IEnumerable<(string Version, int? Weight)> shares = service.Traffic switch
        {
            WeightedPolicy weighted => weighted.Weights.Where(w => w.Weight > 0).Select(w => (w.Version, (int?)w.Weight)),
            _ => service.Versions.Select(v => (v.Name, (int?)null)),
        };
        foreach (var (version, weight) in shares)
        {
            foreach (var workload in workloads.GetValueOrDefault((service.Name, version)) ?? [])
            {
                var label = weight is { } w ? w.ToString(CultureInfo.InvariantCulture) + "%" : null;
                yield return new GraphEdge(ServiceId(service.Name), workload, GraphEdgeKind.Traffic, label, weight);
            }
        }
    }

    private static string MatchLabel(HttpRoute route)
    {
        var matches = route.Match.Count == 0
            ? "every request"
            : string.Join(", ", route.Match.Select(m => m.Kind == UriMatchKind.Prefix ? m.Value + "*" : m.Value));
        return $"{matches} :{route.Destination.Port.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Add(List<GraphNode> nodes, GraphNode node)
    {
        nodes.Add(node);
        return node.Id;
    }

    private static string ServiceId(string name) => Id("svc", name);

    // Declared names are DNS-1123 labels ([a-z0-9-]): with '-' as '_' and parts joined by "__", ids stay distinct.
    private static string Id(string kind, params string[] parts) =>
        kind + "__" + string.Join("__", parts.Select(p => p.Replace('-', '_').Replace('.', '_')));
}
