using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>The whole mesh: its name, clusters and services, and the facts of each capability beside them.</summary>
internal sealed record MeshFacts
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

    /// <summary>The facts of a real mesh value, as the render checks them.</summary>
    internal static MeshFacts From(Mesh mesh)
    {
        var services = new SharedLocation();
        var versions = new SharedLocation();
        return new MeshFacts
        {
            Name = mesh.Name,
            Location = FactValues.At(mesh.Source),
            Clusters = FactValues.Map(mesh.Clusters, c => new ClusterFacts { Name = c.Name, Location = FactValues.At(c.Source), Region = c.Region }),
            Services = FactValues.Map(mesh.Services, s => ServiceFacts.From(s, services, versions)),
            Ingress = IngressFacts.From(mesh),
        };
    }
}

/// <summary>A cluster.</summary>
internal sealed record ClusterFacts
{
    /// <summary>The cluster name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the cluster is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The cluster's region (null: none, or not known).</summary>
    public string? Region { get; init; }

    /// <summary>Whether <see cref="Region"/> is known: false when it is set to a value the editor cannot see.</summary>
    public bool RegionKnown { get; init; } = true;
}
