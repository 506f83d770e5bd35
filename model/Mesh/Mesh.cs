using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>
/// A service mesh: its clusters, the services running on them, and how traffic enters and moves.
/// Everything else (which object lands in which cluster) is derived from this value.
/// </summary>
public sealed record Mesh
{
    /// <summary>Declares a mesh.</summary>
    /// <param name="name">A DNS-1123 label naming the mesh (used for Argo CD names and file headers).</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public Mesh(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The mesh name.</summary>
    public string Name { get; }

    /// <summary>Where the mesh was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The <c>networking.istio.io</c> version the mesh's control plane serves.</summary>
    public IstioApiVersion NetworkingApiVersion { get; init; } = IstioApiVersion.V1;

    /// <summary>The mesh's control plane (for ASM, the instance's API server); objects for it go to the <c>mesh</c> target.</summary>
    public ControlPlane ControlPlane { get; init; } = new();

    /// <summary>The data-plane clusters; each gets its own output folder.</summary>
    public required IReadOnlyList<Cluster> Clusters { get; init; }

    /// <summary>The services, with their versions and where those run.</summary>
    public IReadOnlyList<Service> Services { get; init; } = [];

    /// <summary>Ingress gateways (ASM <c>IstioGateway</c>), rendered for the control plane.</summary>
    public IReadOnlyList<IngressGateway> IngressGateways { get; init; } = [];

    /// <summary>Istio <c>Gateway</c> objects: which ports and hosts an ingress gateway accepts.</summary>
    public IReadOnlyList<Gateway> Gateways { get; init; } = [];

    /// <summary>Routes from gateways to services (each one an Istio <c>VirtualService</c> bound to gateways).</summary>
    public IReadOnlyList<IngressRoute> IngressRoutes { get; init; } = [];

    /// <summary>How the output is delivered by Argo CD; <see langword="null"/> when Argo CD is not used.</summary>
    public ArgoCdDelivery? ArgoCd { get; init; }

    /// <summary>The security policy of every service that sets none and whose namespace has none; <see langword="null"/>: none.</summary>
    public SecurityPolicy? Security { get; init; }

    /// <summary>Security policies by namespace, for services that set none of their own.</summary>
    public IReadOnlyDictionary<string, SecurityPolicy> NamespaceSecurity { get; init; } = ImmutableDictionary<string, SecurityPolicy>.Empty;

    /// <summary>The policy in effect for <paramref name="service"/>: its own, else its namespace's, else the mesh's.</summary>
    public SecurityPolicy? SecurityFor(Service service) =>
        service.Security ?? (NamespaceSecurity.TryGetValue(service.Namespace, out var policy) ? policy : Security);
}

/// <summary>The <c>networking.istio.io</c> API version used for Gateway, VirtualService and DestinationRule.</summary>
public enum IstioApiVersion
{
    /// <summary><c>networking.istio.io/v1alpha3</c>, as in older Istio and ASM documents.</summary>
    V1Alpha3,

    /// <summary><c>networking.istio.io/v1beta1</c>.</summary>
    V1Beta1,

    /// <summary><c>networking.istio.io/v1</c>, the stable API since Istio 1.22.</summary>
    V1,
}
