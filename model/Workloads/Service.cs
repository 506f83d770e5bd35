using System.Collections.Generic;
using System.Collections.Immutable;
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
    public string Namespace { get; init; } = ModelDefaults.Namespace;

    /// <summary>The ports the Service exposes.</summary>
    public required IReadOnlyList<ServicePort> Ports { get; init; }

    /// <summary>The ServiceAccount the workloads run as; defaults to the service name.</summary>
    public string? ServiceAccount { get; init; }

    /// <summary>The names of the services this one calls; a cluster running this service also gets their Service objects.</summary>
    public IReadOnlyList<string> Calls { get; init; } = [];

    /// <summary>The versions of the service.</summary>
    public required IReadOnlyList<ServiceVersion> Versions { get; init; }

    /// <summary>How mesh traffic to the service is spread over its versions.</summary>
    public TrafficPolicy Traffic { get; init; } = ModelDefaults.Traffic;

    /// <summary>How clients reach the service's endpoints (its DestinationRule's traffic policy); <see langword="null"/> for Istio's defaults.</summary>
    public DestinationPolicy? Destination { get; init; }

    /// <summary>Extra labels on the metadata of the service's own objects (never on selectors or pod templates).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Annotations on the metadata of the service's own objects.</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The security policy of the service's workloads; overrides its namespace's and the mesh's.</summary>
    public SecurityPolicy? Security { get; init; }

    /// <summary>The ServiceAccount name in effect.</summary>
    public string ServiceAccountName => ServiceAccount ?? Name;
}
