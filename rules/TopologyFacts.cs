using System.Collections.Generic;

namespace Manifests.Rules;

// The facts the topology rules read. The render fills them from the real Mesh value; the source
// generator fills them from syntax, leaving null what the syntax does not show. A rule whose input
// is null stays silent, so the same code serves both without guessing.
// This folder compiles into the netstandard2.0 generator too: plain C#, no newer BCL APIs.

/// <summary>A place in the user's C#: a file and line, plus a span where the generator knows it.</summary>
public sealed record FactLocation(string FilePath, int Line, int Column = 1, int Start = -1, int Length = 0)
{
    /// <summary>No known place.</summary>
    public static readonly FactLocation None = new FactLocation("", 0);
}

/// <summary>A name that refers to another declaration, where it was written.</summary>
public sealed record NameReference(string? Name, FactLocation Location);

/// <summary>The whole mesh.</summary>
public sealed record MeshFacts(
    string? Name,
    FactLocation Location,
    IReadOnlyList<ClusterFacts> Clusters,
    IReadOnlyList<ServiceFacts> Services,
    IReadOnlyList<IngressGatewayFacts> IngressGateways,
    IReadOnlyList<GatewayFacts> Gateways,
    IReadOnlyList<IngressRouteFacts> IngressRoutes);

/// <summary>A cluster.</summary>
public sealed record ClusterFacts(string? Name, FactLocation Location);

/// <summary>A service. <paramref name="NamespaceLocation"/>, where known, is where the namespace is written.</summary>
public sealed record ServiceFacts(
    string? Name,
    string? Namespace,
    FactLocation Location,
    IReadOnlyList<PortFacts> Ports,
    IReadOnlyList<NameReference> Calls,
    IReadOnlyList<VersionFacts> Versions,
    PolicyFacts? Policy,
    FactLocation? NamespaceLocation = null);

/// <summary>A Service port. The optional locations, where known, are where the numbers are written.</summary>
public sealed record PortFacts(string? Name, int? Number, int? TargetPort, FactLocation Location, FactLocation? NumberLocation = null, FactLocation? TargetPortLocation = null);

/// <summary>A version of a service. The optional locations, where known, are where the numbers are written.</summary>
public sealed record VersionFacts(
    string? Name,
    FactLocation Location,
    string? Image,
    FactLocation ImageLocation,
    IReadOnlyList<NameReference> Clusters,
    int? ContainerPort,
    int? Replicas,
    IReadOnlyList<EnvFacts> Env,
    FactLocation? ContainerPortLocation = null,
    FactLocation? ReplicasLocation = null);

/// <summary>An environment variable with a literal value (references to Secrets are not facts: they are always fine).</summary>
public sealed record EnvFacts(string? Name, bool IsLiteral, FactLocation Location);

/// <summary>How a service's traffic is divided.</summary>
public enum PolicyKind
{
    /// <summary>Spread over all versions.</summary>
    Spread,

    /// <summary>All to one version.</summary>
    AllTo,

    /// <summary>Split by weights.</summary>
    Weighted,
}

/// <summary>A traffic policy.</summary>
public sealed record PolicyFacts(PolicyKind Kind, IReadOnlyList<WeightFacts> Weights, FactLocation Location);

/// <summary>A version and its share (null for all-to).</summary>
public sealed record WeightFacts(NameReference Version, int? Weight);

/// <summary>An ASM ingress gateway.</summary>
public sealed record IngressGatewayFacts(string? Name, string? Namespace, FactLocation Location, IReadOnlyList<int?> Ports, FactLocation? NamespaceLocation = null);

/// <summary>An Istio Gateway.</summary>
public sealed record GatewayFacts(
    string? Name,
    string? Namespace,
    FactLocation Location,
    NameReference IngressGateway,
    IReadOnlyList<GatewayServerFacts> Servers,
    FactLocation? NamespaceLocation = null);

/// <summary>A server of an Istio Gateway.</summary>
public sealed record GatewayServerFacts(int? Port, IReadOnlyList<string?> Hosts, FactLocation Location);

/// <summary>Routes from gateways to services.</summary>
public sealed record IngressRouteFacts(
    string? Name,
    string? Namespace,
    FactLocation Location,
    IReadOnlyList<NameReference> Gateways,
    IReadOnlyList<string?> Hosts,
    IReadOnlyList<DestinationFacts> Destinations,
    FactLocation? NamespaceLocation = null,
    IReadOnlyList<FactLocation>? HostLocations = null);

/// <summary>A route destination.</summary>
public sealed record DestinationFacts(NameReference Service, int? Port, FactLocation Location);
