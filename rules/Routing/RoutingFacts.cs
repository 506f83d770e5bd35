using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>How a service's traffic is divided.</summary>
internal enum PolicyKind
{
    /// <summary>Spread over all versions.</summary>
    Spread,

    /// <summary>Split by weights (all to one version is one weight of 100).</summary>
    Weighted,
}

/// <summary>A service's traffic policy.</summary>
internal sealed record TrafficFacts
{
    /// <summary>Spread, all to one version, or weighted.</summary>
    public required PolicyKind Kind { get; init; }

    /// <summary>The versions named, with their shares.</summary>
    public IReadOnlyList<WeightFacts> Weights { get; init; } = Array.Empty<WeightFacts>();

    /// <summary>Where the policy is given (else the service).</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The facts of a real policy, at <paramref name="at"/>: all to one version is the weighted form it is built from.</summary>
    internal static TrafficFacts From(TrafficPolicy policy, FactLocation at)
    {
        if (policy is not WeightedPolicy weighted)
        {
            return new TrafficFacts { Kind = PolicyKind.Spread, Location = at };
        }

        var weights = FactValues.New<WeightFacts>(weighted.Weights.Count);
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = new WeightFacts { Version = new NameReference(weighted.Weights[i].Version, at), Weight = weighted.Weights[i].Weight };
        }

        return new TrafficFacts { Kind = PolicyKind.Weighted, Weights = weights, Location = at };
    }
}

/// <summary>A version and its share.</summary>
internal sealed record WeightFacts
{
    /// <summary>The version named.</summary>
    public required NameReference Version { get; init; }

    /// <summary>The share, 0 to 100; null when unknown.</summary>
    public int? Weight { get; init; }
}
