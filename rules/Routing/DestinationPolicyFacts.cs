using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>A service's destination policy: the values that have a range, and what locality failover depends on.</summary>
internal sealed record DestinationPolicyFacts
{
    /// <summary>Where the policy is given.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The counts and integer percentages set, each with the range Istio accepts.</summary>
    public IReadOnlyList<BoundedValueFacts> Values { get; init; } = Array.Empty<BoundedValueFacts>();

    /// <summary>The durations set (Istio accepts 1 ms and more), by Istio field name.</summary>
    public IReadOnlyList<DurationFacts> Durations { get; init; } = Array.Empty<DurationFacts>();

    /// <summary>Whether outlier detection is set; null when not known.</summary>
    public bool? HasOutlierDetection { get; init; } = false;

    /// <summary>Where a consistent-hash load balancer is given; null when there is none (or it is not known).</summary>
    public FactLocation? ConsistentHash { get; init; }

    /// <summary>Where a non-empty failover list is given; null when there is none (or it is not known).</summary>
    public FactLocation? Failover { get; init; }

    /// <summary>The regions the failover list names, from and to.</summary>
    public IReadOnlyList<Located<string?>> FailoverRegions { get; init; } = Array.Empty<Located<string?>>();

    /// <summary>The facts of a real policy, every one at <paramref name="at"/>.</summary>
    internal static DestinationPolicyFacts From(DestinationPolicy policy, FactLocation at)
    {
        var values = new List<BoundedValueFacts>();
        var durations = new List<DurationFacts>();
        if (policy.ConnectionPool?.Tcp is { } tcp)
        {
            Count(values, "connectionPool.tcp.maxConnections", tcp.MaxConnections, at);
            Duration(durations, "connectionPool.tcp.connectTimeout", tcp.ConnectTimeout, at);
        }

        if (policy.ConnectionPool?.Http is { } http)
        {
            Count(values, "connectionPool.http.http1MaxPendingRequests", http.Http1MaxPendingRequests, at);
            Count(values, "connectionPool.http.http2MaxRequests", http.Http2MaxRequests, at);
            Count(values, "connectionPool.http.maxRequestsPerConnection", http.MaxRequestsPerConnection, at);
            Count(values, "connectionPool.http.maxRetries", http.MaxRetries, at);
            Duration(durations, "connectionPool.http.idleTimeout", http.IdleTimeout, at);
        }

        if (policy.OutlierDetection is { } outliers)
        {
            Count(values, "outlierDetection.consecutive5xxErrors", outliers.Consecutive5xxErrors, at);
            Count(values, "outlierDetection.consecutiveGatewayErrors", outliers.ConsecutiveGatewayErrors, at);
            Percent(values, "outlierDetection.maxEjectionPercent", outliers.MaxEjectionPercent, at);
            Percent(values, "outlierDetection.minHealthPercent", outliers.MinHealthPercent, at);
            Duration(durations, "outlierDetection.interval", outliers.Interval, at);
            Duration(durations, "outlierDetection.baseEjectionTime", outliers.BaseEjectionTime, at);
        }

        var failover = policy.LoadBalancer?.Locality?.Failover ?? [];
        var regions = FactValues.New<Located<string?>>(failover.Count * 2);
        for (var i = 0; i < failover.Count; i++)
        {
            regions[2 * i] = new(failover[i].From, at);
            regions[(2 * i) + 1] = new(failover[i].To, at);
        }

        return new DestinationPolicyFacts
        {
            Location = at,
            Values = values,
            Durations = durations,
            HasOutlierDetection = policy.OutlierDetection != null,
            ConsistentHash = policy.LoadBalancer?.ConsistentHash != null ? at : null,
            Failover = failover.Count > 0 ? at : null,
            FailoverRegions = regions,
        };
    }

    /// <summary>Adds a count (0 and up) when it is set.</summary>
    internal static void Count(List<BoundedValueFacts> values, string field, int? value, FactLocation at)
    {
        if (value != null)
        {
            values.Add(new BoundedValueFacts { Field = field, Value = new(value, at), Maximum = int.MaxValue });
        }
    }

    /// <summary>Adds an integer percentage (0 to 100) when it is set.</summary>
    internal static void Percent(List<BoundedValueFacts> values, string field, int? value, FactLocation at)
    {
        if (value != null)
        {
            values.Add(new BoundedValueFacts { Field = field, Value = new(value, at), Maximum = 100 });
        }
    }

    /// <summary>Adds a duration when it is set.</summary>
    internal static void Duration(List<DurationFacts> durations, string field, TimeSpan? value, FactLocation at)
    {
        if (value != null)
        {
            durations.Add(new DurationFacts { Field = field, Value = new(value, at) });
        }
    }
}

/// <summary>A count or percentage of a destination policy, and the largest value Istio accepts (the smallest is 0).</summary>
internal sealed record BoundedValueFacts
{
    /// <summary>The Istio field, such as <c>outlierDetection.maxEjectionPercent</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The value (null: not known), at where it is written.</summary>
    public required Located<int?> Value { get; init; }

    /// <summary>The largest value accepted.</summary>
    public required int Maximum { get; init; }
}

/// <summary>A duration of a destination policy.</summary>
internal sealed record DurationFacts
{
    /// <summary>The Istio field, such as <c>outlierDetection.interval</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The value (null: not known), at where it is written.</summary>
    public required Located<TimeSpan?> Value { get; init; }
}
