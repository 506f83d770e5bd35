using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>
/// An ASM serverless ingress gateway (<c>istio.alibabacloud.com/v1beta1</c> <c>IstioGateway</c>).
/// Its pods carry the label <c>istio: Name</c>, which Istio <see cref="Gateway"/> objects select.
/// </summary>
public sealed record IngressGateway
{
    /// <summary>Declares an ingress gateway.</summary>
    /// <param name="name">A DNS-1123 label, such as <c>ingressgateway</c>.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public IngressGateway(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The gateway name.</summary>
    public string Name { get; }

    /// <summary>Where the gateway was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The namespace; ASM requires <c>istio-system</c>.</summary>
    public string Namespace { get; init; } = ModelDefaults.IngressGatewayNamespace;

    /// <summary>Whether ASM manages the gateway (the <c>asm.alibabacloud.com/managed-by-asm</c> annotation).</summary>
    public bool ManagedByAsm { get; init; } = true;

    /// <summary>Ingress or egress.</summary>
    public GatewayType GatewayType { get; init; } = GatewayType.Ingress;

    /// <summary>The load balancer Service's external traffic policy.</summary>
    public ExternalTrafficPolicy ExternalTrafficPolicy { get; init; } = ExternalTrafficPolicy.Local;

    /// <summary>The ports the gateway's Service exposes.</summary>
    public required IReadOnlyList<GatewayPort> Ports { get; init; }

    /// <summary>CPU and memory of each gateway pod.</summary>
    public required ComputeResources Resources { get; init; }

    /// <summary>The type of the gateway's Service.</summary>
    public GatewayServiceType ServiceType { get; init; } = GatewayServiceType.LoadBalancer;

    /// <summary>How the gateway's pods run: count, user, network; one pod as non-root by default.</summary>
    public GatewayPods Pods { get; init; } = GatewayPods.Default;

    /// <summary>How a change rolls out over the gateway's pods.</summary>
    public GatewayRollout Rollout { get; init; } = GatewayRollout.Default;
}

/// <summary>A port of the ingress gateway's Service.</summary>
/// <param name="Name">The port name.</param>
/// <param name="Port">The port the Service exposes.</param>
/// <param name="TargetPort">The pod port.</param>
public sealed record GatewayPort(string Name, int Port, int TargetPort)
{
    /// <summary>The transport protocol.</summary>
    public TransportProtocol Protocol { get; init; } = TransportProtocol.Tcp;
}

/// <summary>The direction of an ASM gateway.</summary>
public enum GatewayType
{
    /// <summary>Inbound traffic.</summary>
    Ingress,

    /// <summary>Outbound traffic.</summary>
    Egress,
}

/// <summary>A Kubernetes pod DNS policy.</summary>
public enum DnsPolicy
{
    /// <summary><c>ClusterFirst</c>.</summary>
    ClusterFirst,

    /// <summary><c>ClusterFirstWithHostNet</c>.</summary>
    ClusterFirstWithHostNet,

    /// <summary><c>Default</c>.</summary>
    Default,

    /// <summary><c>None</c>.</summary>
    None,
}

/// <summary>A Kubernetes Service external traffic policy.</summary>
public enum ExternalTrafficPolicy
{
    /// <summary>Keep the client source IP; only nodes with a gateway pod take traffic.</summary>
    Local,

    /// <summary>Spread over every node.</summary>
    Cluster,
}

/// <summary>The Kubernetes Service type of a gateway.</summary>
public enum GatewayServiceType
{
    /// <summary>A cloud load balancer.</summary>
    LoadBalancer,

    /// <summary>A port on every node.</summary>
    NodePort,

    /// <summary>Cluster-internal only.</summary>
    ClusterIP,
}
