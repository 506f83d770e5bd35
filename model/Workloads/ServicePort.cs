namespace Manifests.Model;

/// <summary>A port of a Kubernetes Service.</summary>
/// <param name="Name">The port name; Istio reads the protocol from its prefix (<c>http</c>, <c>grpc-web</c>, <c>tcp-db</c>).</param>
/// <param name="Number">The port number.</param>
public sealed record ServicePort(string Name, int Number)
{
    /// <summary>The transport protocol; <see langword="null"/> leaves Kubernetes' default (TCP) implicit.</summary>
    public TransportProtocol? Protocol { get; init; }

    /// <summary>The container port traffic is sent to; <see langword="null"/> means the same as <see cref="Number"/>.</summary>
    public int? TargetPort { get; init; }

    /// <summary>The container port traffic reaches.</summary>
    public int EffectiveTargetPort => TargetPort ?? Number;
}

/// <summary>A Kubernetes transport protocol.</summary>
public enum TransportProtocol
{
    /// <summary>TCP.</summary>
    Tcp,

    /// <summary>UDP.</summary>
    Udp,

    /// <summary>SCTP.</summary>
    Sctp,
}
