namespace Manifests.Model;

/// <summary>How the pods of an <see cref="IngressGateway"/> run.</summary>
public sealed record GatewayPods
{
    /// <summary>One pod, not root, on the pod network, DNS <c>ClusterFirst</c>.</summary>
    public static GatewayPods Default { get; } = new();

    /// <summary>The number of gateway pods.</summary>
    public int Replicas { get; init; } = ModelDefaults.Replicas;

    /// <summary>Whether the gateway runs as root.</summary>
    public bool RunAsRoot { get; init; }

    /// <summary>Whether the pods use the host network.</summary>
    public bool HostNetwork { get; init; }

    /// <summary>The pods' DNS policy.</summary>
    public DnsPolicy DnsPolicy { get; init; } = DnsPolicy.ClusterFirst;
}
