using Manifests.Model;

namespace Manifests.Render.Build.Routing;

/// <summary>The DestinationRule of a service: its destination policy, and a subset per version when its traffic is divided by weight.</summary>
internal sealed record DestinationRuleObject(Service Service) : PlacedObject(Service.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Service.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => RoutingBuilder.DestinationRule(Service, mesh.NetworkingApiVersion);
}

/// <summary>The VirtualService dividing a service's traffic among its versions as <paramref name="Policy"/> says.</summary>
internal sealed record TrafficRouteObject(Service Service, WeightedPolicy Policy) : PlacedObject(Service.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Service.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => RoutingBuilder.TrafficRoute(Service, Policy, mesh.NetworkingApiVersion);
}
