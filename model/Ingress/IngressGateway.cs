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
    public string Namespace { get; init; } = "istio-system";

    /// <summary>Whether ASM manages the gateway (the <c>asm.alibabacloud.com/managed-by-asm</c> annotation).</summary>
    public bool ManagedByAsm { get; init; } = true;

    /// <summary>Ingress or egress.</summary>
    public GatewayType GatewayType { get; init; } = GatewayType.Ingress;

    /// <summary>The pods' DNS policy.</summary>
    public DnsPolicy DnsPolicy { get; init; } = DnsPolicy.ClusterFirst;

    /// <summary>The load balancer Service's external traffic policy.</summary>
    public ExternalTrafficPolicy ExternalTrafficPolicy { get; init; } = ExternalTrafficPolicy.Local;

    /// <summary>Whether the pods use the host network.</summary>
    public bool HostNetwork { get; init; }

    /// <summary>The ports the gateway's Service exposes.</summary>
    public required IReadOnlyList<GatewayPort> Ports { get; init; }

    /// <summary>The number of gateway pods.</summary>
    public int ReplicaCount { get; init; } = 1;

    /// <summary>CPU and memory of each gateway pod.</summary>
    public required ComputeResources Resources { get; init; }

    /// <summary>The rolling update's max surge, a count or a percentage.</summary>
    public string RollingMaxSurge { get; init; } = "100%";

    /// <summary>The rolling update's max unavailable, a count or a percentage.</summary>
    public string RollingMaxUnavailable { get; init; } = "25%";

    /// <summary>Whether the gateway runs as root.</summary>
    public bool RunAsRoot { get; init; }

    /// <summary>The type of the gateway's Service.</summary>
    public GatewayServiceType ServiceType { get; init; } = GatewayServiceType.LoadBalancer;
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

/// <summary>Requests and limits of a container, as Kubernetes quantities (<c>200m</c>, <c>256Mi</c>, <c>2</c>).</summary>
public sealed record ComputeResources
{
    /// <summary>The guaranteed CPU.</summary>
    public string? CpuRequest { get; init; }

    /// <summary>The guaranteed memory.</summary>
    public string? MemoryRequest { get; init; }

    /// <summary>The CPU ceiling.</summary>
    public string? CpuLimit { get; init; }

    /// <summary>The memory ceiling.</summary>
    public string? MemoryLimit { get; init; }
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
