using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>
/// A service of the application: one Kubernetes Service (and ServiceAccount) in front of one or
/// more versions, each version a Deployment placed on some clusters.
/// </summary>
public sealed record Service
{
    /// <summary>Declares a service.</summary>
    /// <param name="name">A DNS-1123 label; the Kubernetes Service name and the <c>app</c> label.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public Service(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The service name.</summary>
    public string Name { get; }

    /// <summary>Where the service was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The namespace of every object of the service.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>The ports the Service exposes.</summary>
    public required IReadOnlyList<ServicePort> Ports { get; init; }

    /// <summary>The ServiceAccount the workloads run as; defaults to the service name.</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>The names of the services this one calls; a cluster running this service also gets their Service objects.</summary>
    public IReadOnlyList<string> Calls { get; init; } = [];

    /// <summary>The versions of the service.</summary>
    public required IReadOnlyList<ServiceVersion> Versions { get; init; }

    /// <summary>How mesh traffic to the service is spread over its versions.</summary>
    public TrafficPolicy Traffic { get; init; } = TrafficPolicy.Spread;

    /// <summary>Extra labels on the metadata of the service's own objects (never on selectors or pod templates).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyMap;

    /// <summary>Annotations on the metadata of the service's own objects.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = EmptyMap;

    /// <summary>The security policy of the service's workloads; overrides its namespace's and the mesh's.</summary>
    public SecurityPolicy? Security { get; init; }

    /// <summary>The ServiceAccount name in effect.</summary>
    public string ServiceAccountName => ServiceAccount ?? Name;

    internal static readonly IReadOnlyDictionary<string, string> EmptyMap = new Dictionary<string, string>();
}

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
