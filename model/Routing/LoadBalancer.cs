using System;
using System.Collections.Generic;

namespace Manifests.Model;

/// <summary>How an endpoint of the service is chosen (Istio's <c>loadBalancer</c>): a simple algorithm or a consistent hash, and locality settings.</summary>
public sealed record LoadBalancer
{
    /// <summary>A simple algorithm; give this or <see cref="ConsistentHash"/>, not both.</summary>
    public SimpleLoadBalancer? Simple { get; init; }

    /// <summary>Session affinity by a hash of the request; give this or <see cref="Simple"/>, not both.</summary>
    public ConsistentHash? ConsistentHash { get; init; }

    /// <summary>Which localities take traffic, and where it fails over to (<c>localityLbSetting</c>).</summary>
    public LocalityLoadBalancing? Locality { get; init; }
}

/// <summary>Istio's simple load balancing algorithms.</summary>
public enum SimpleLoadBalancer
{
    /// <summary><c>ROUND_ROBIN</c>.</summary>
    RoundRobin,

    /// <summary><c>LEAST_REQUEST</c>.</summary>
    LeastRequest,

    /// <summary><c>RANDOM</c>.</summary>
    Random,

    /// <summary><c>PASSTHROUGH</c>: the original destination address, no balancing.</summary>
    Passthrough,
}

/// <summary>Istio's TLS modes for connections to a service.</summary>
public enum TlsMode
{
    /// <summary><c>DISABLE</c>: plain text.</summary>
    Disable,

    /// <summary><c>SIMPLE</c>: TLS to the service.</summary>
    Simple,

    /// <summary><c>MUTUAL</c>: mutual TLS with certificates given outside the mesh.</summary>
    Mutual,

    /// <summary><c>ISTIO_MUTUAL</c>: mutual TLS with the mesh's own certificates.</summary>
    IstioMutual,
}

/// <summary>Locality-aware load balancing (Istio's <c>localityLbSetting</c>).</summary>
public sealed record LocalityLoadBalancing
{
    /// <summary>Where traffic of a region goes when its own endpoints are unhealthy; needs outlier detection.</summary>
    public IReadOnlyList<LocalityFailover> Failover { get; init; } = [];

    /// <summary>How traffic from a locality is shared among localities, instead of failover.</summary>
    public IReadOnlyList<LocalityDistribution> Distribute { get; init; } = [];
}

/// <summary>Traffic of region <paramref name="From"/> fails over to region <paramref name="To"/>.</summary>
/// <param name="From">The region traffic comes from (a cluster's <see cref="Cluster.Region"/>).</param>
/// <param name="To">The region it goes to when <paramref name="From"/> has no healthy endpoint.</param>
public sealed record LocalityFailover(string From, string To);

/// <summary>Traffic from locality <paramref name="From"/> is shared among the localities of <paramref name="To"/> by weight.</summary>
/// <param name="From">The origin locality, <c>region/zone/sub-zone</c>, with <c>*</c> allowed.</param>
/// <param name="To">Weights (summing to 100) by destination locality.</param>
public sealed record LocalityDistribution(string From, IReadOnlyDictionary<string, int> To);
