using Manifests.Model;

namespace Manifests.Render.Place;

/// <summary>A decision of placement: one object to build for one target, with the declarations it comes from.</summary>
public abstract record PlacedObject;

/// <summary>The Kubernetes Service of <paramref name="Service"/>.</summary>
public sealed record ServiceObject(Service Service) : PlacedObject;

/// <summary>The ServiceAccount the service's workloads run as.</summary>
public sealed record ServiceAccountObject(Service Service) : PlacedObject;

/// <summary>The Deployment of one version of a service.</summary>
public sealed record DeploymentObject(Service Service, ServiceVersion Version) : PlacedObject;

/// <summary>A Namespace the target's other objects live in.</summary>
public sealed record NamespaceObject(string Name) : PlacedObject;

/// <summary>The ASM IstioGateway.</summary>
public sealed record IngressGatewayObject(IngressGateway Gateway) : PlacedObject;

/// <summary>An Istio Gateway.</summary>
public sealed record GatewayObject(Gateway Gateway, IngressGateway? Selected) : PlacedObject;

/// <summary>A VirtualService routing gateway traffic to services.</summary>
public sealed record IngressRouteObject(IngressRoute Route, IReadOnlyList<Service> Services) : PlacedObject;

/// <summary>The DestinationRule declaring a subset per version of a service.</summary>
public sealed record DestinationRuleObject(Service Service) : PlacedObject;

/// <summary>The VirtualService applying a service's traffic policy.</summary>
public sealed record TrafficRouteObject(Service Service) : PlacedObject;

/// <summary>Everything placed in one target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Objects">What it receives.</param>
public sealed record TargetPlacement(Target Target, IReadOnlyList<PlacedObject> Objects);
