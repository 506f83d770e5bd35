using Manifests.Model;

namespace Manifests.Render.Build.Routing;

/// <summary>
/// The routing part of placement: a service whose traffic is divided by weight gets a DestinationRule (a subset
/// per version) and a VirtualService (the weights) in the mesh control plane; a service whose traffic is spread
/// gets neither.
/// </summary>
internal static class RoutingPlacement
{
    /// <summary>Adds each routed service's DestinationRule and VirtualService, in declaration order.</summary>
    public static void PlaceInMesh(Mesh mesh, List<PlacedObject> objects)
    {
        foreach (var service in mesh.Services)
        {
            if (service.Traffic is WeightedPolicy weighted)
            {
                objects.Add(new DestinationRuleObject(service));
                objects.Add(new TrafficRouteObject(service, weighted));
            }
        }
    }
}
