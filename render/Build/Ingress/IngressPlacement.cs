using Manifests.Model;

namespace Manifests.Render.Build.Ingress;

/// <summary>The ingress path's part of placement: every ingress gateway, Gateway and ingress route goes to the mesh control plane.</summary>
internal static class IngressPlacement
{
    /// <summary>Adds the ingress gateways, then the Gateways, then the routes, each in declaration order.</summary>
    public static void PlaceInMesh(Mesh mesh, Dictionary<string, Service> servicesByName, List<PlacedObject> objects)
    {
        var ingressByName = new Dictionary<string, IngressGateway>(StringComparer.Ordinal);
        foreach (var ingress in mesh.IngressGateways)
        {
            objects.Add(new IngressGatewayObject(ingress));
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
        }
    }
}
