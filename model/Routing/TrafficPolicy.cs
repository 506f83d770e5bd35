using System.Collections.Generic;

namespace Manifests.Model;

/// <summary>How mesh traffic to a service is divided among its versions.</summary>
public abstract record TrafficPolicy
{
    private protected TrafficPolicy()
    {
    }

    /// <summary>Spread over every running version, Kubernetes' own load balancing: no routing objects.</summary>
    public static TrafficPolicy Spread { get; } = new SpreadPolicy();

    /// <summary>
    /// All traffic to one version (a DestinationRule with a subset per version and a VirtualService to one): the
    /// short form of <see cref="Weighted"/> with a weight of 100 for <paramref name="version"/>.
    /// </summary>
    public static TrafficPolicy AllTo(string version) => Weighted(new VersionWeight(version, VersionWeight.Full));

    /// <summary>Traffic split by weights that sum to 100.</summary>
    public static TrafficPolicy Weighted(params VersionWeight[] weights) => new WeightedPolicy(weights);
}

/// <summary>The default: no DestinationRule or VirtualService for the service.</summary>
public sealed record SpreadPolicy : TrafficPolicy;

/// <summary>Requests are split over versions by weight; <see cref="TrafficPolicy.AllTo"/> is one version at 100.</summary>
/// <param name="Weights">Version weights, summing to 100.</param>
public sealed record WeightedPolicy(IReadOnlyList<VersionWeight> Weights) : TrafficPolicy;

/// <summary>A share of traffic for one version.</summary>
/// <param name="Version">The version name.</param>
/// <param name="Weight">The percentage, 0 to 100.</param>
public sealed record VersionWeight(string Version, int Weight)
{
    /// <summary>The weight of a version that takes all traffic.</summary>
    public const int Full = 100;
}
