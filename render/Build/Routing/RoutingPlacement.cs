using Manifests.Model;

namespace Manifests.Render.Build.Routing;

/// <summary>
/// The routing part of placement: a service whose traffic is divided by weight gets a DestinationRule (a subset
/// per version) and a VirtualService (the weights) in the mesh control plane; a service with a destination policy
/// gets its DestinationRule there too, even when its traffic is spread; a service with neither gets no object.
/// </summary>
internal static class RoutingPlacement
{
    /// <summary>Adds each routed service's DestinationRule and VirtualService, and each other service's DestinationRule when it has a destination policy, in declaration order.</summary>
    public static void PlaceInMesh(Mesh mesh, List<PlacedObject> objects)
    {
        foreach (var service in mesh.Services)
        {
            if (service.Traffic is WeightedPolicy || service.Destination != null)
            {
                objects.Add(new DestinationRuleObject(service));
            }

            if (service.Traffic is WeightedPolicy weighted)
            {
                objects.Add(new TrafficRouteObject(service, weighted));
            }
        }
    }
}
