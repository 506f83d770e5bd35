using System;
using System.Collections.Generic;

namespace Manifests.Rules;

/// <summary>The whole mesh: its name, clusters and services, and the facts of each capability beside them.</summary>
public sealed record MeshFacts
{
    /// <summary>The mesh name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the mesh is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The declared clusters.</summary>
    public IReadOnlyList<ClusterFacts> Clusters { get; init; } = Array.Empty<ClusterFacts>();

    /// <summary>The declared services.</summary>
    public IReadOnlyList<ServiceFacts> Services { get; init; } = Array.Empty<ServiceFacts>();

    /// <summary>How traffic enters the mesh: ingress gateways, Istio gateways and their routes.</summary>
    public IngressFacts Ingress { get; init; } = IngressFacts.None;
}

/// <summary>A cluster.</summary>
public sealed record ClusterFacts
{
    /// <summary>The cluster name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the cluster is declared.</summary>
    public required FactLocation Location { get; init; }
}
