using Manifests.Model;

namespace Manifests.Render.Build.Ingress;

/// <summary>The ASM IstioGateway: the ingress gateway's own pods and Service, managed by ASM.</summary>
internal sealed record IngressGatewayObject(IngressGateway Gateway) : PlacedObject(Gateway.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Gateway.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => IngressBuilder.IngressGateway(Gateway);
}

/// <summary>An Istio Gateway, and the ingress gateway it selects when the mesh declares one of that name.</summary>
internal sealed record GatewayObject(Gateway Gateway, IngressGateway? Selected) : PlacedObject(Gateway.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Gateway.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => IngressBuilder.Gateway(Gateway, mesh.NetworkingApiVersion);
}

/// <summary>A VirtualService bound to gateways, routing their traffic to the declared services it names.</summary>
internal sealed record IngressRouteObject(IngressRoute Route, IReadOnlyList<Service> Services) : PlacedObject(Route.Source)
{
    /// <inheritdoc />
    public override string? Namespace => Route.Namespace;

    /// <inheritdoc />
    public override BuiltObject Build(Mesh mesh) => IngressBuilder.IngressRoute(Route, Services, mesh.Gateways, mesh.NetworkingApiVersion);
}
