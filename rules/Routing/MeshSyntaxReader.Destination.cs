using System;
using System.Collections.Generic;
using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

// Generator only: a destination policy's facts read from the syntax of a declaration (the render reads them from values in DestinationPolicyFacts.cs).
internal sealed partial class MeshSyntaxReader
{
    /// <summary>A service's destination policy, each value at where it is written; null when it is not visible.</summary>
    private DestinationPolicyFacts? ReadDestination(ScopedExpression? expression)
    {
        if (IsNullLiteral(expression) || reader.ReadObject(expression) is not { } policy || !policy.Is<DestinationPolicy>())
        {
            return null;
        }

        var location = reader.Locate(policy.Origin);
        var values = new List<BoundedValueFacts>();
        var durations = new List<DurationFacts>();
        var pool = Part<ConnectionPool>(policy, nameof(DestinationPolicy.ConnectionPool));
        if (Part<TcpPool>(pool, nameof(ConnectionPool.Tcp)) is { } tcp)
        {
            Count(values, "connectionPool.tcp.maxConnections", tcp.Property(nameof(TcpPool.MaxConnections)), location);
            Duration(durations, "connectionPool.tcp.connectTimeout", tcp.Property(nameof(TcpPool.ConnectTimeout)), location);
        }

        if (Part<HttpPool>(pool, nameof(ConnectionPool.Http)) is { } http)
        {
            Count(values, "connectionPool.http.http1MaxPendingRequests", http.Property(nameof(HttpPool.Http1MaxPendingRequests)), location);
            Count(values, "connectionPool.http.http2MaxRequests", http.Property(nameof(HttpPool.Http2MaxRequests)), location);
            Count(values, "connectionPool.http.maxRequestsPerConnection", http.Property(nameof(HttpPool.MaxRequestsPerConnection)), location);
            Count(values, "connectionPool.http.maxRetries", http.Property(nameof(HttpPool.MaxRetries)), location);
            Duration(durations, "connectionPool.http.idleTimeout", http.Property(nameof(HttpPool.IdleTimeout)), location);
        }

        var outlierExpression = policy.Property(nameof(DestinationPolicy.OutlierDetection));
        var outliers = Part<OutlierDetection>(policy, nameof(DestinationPolicy.OutlierDetection));
        if (outliers != null)
        {
            Count(values, "outlierDetection.consecutive5xxErrors", outliers.Property(nameof(OutlierDetection.Consecutive5xxErrors)), location);
            Count(values, "outlierDetection.consecutiveGatewayErrors", outliers.Property(nameof(OutlierDetection.ConsecutiveGatewayErrors)), location);
            Percent(values, "outlierDetection.maxEjectionPercent", outliers.Property(nameof(OutlierDetection.MaxEjectionPercent)), location);
            Percent(values, "outlierDetection.minHealthPercent", outliers.Property(nameof(OutlierDetection.MinHealthPercent)), location);
            Duration(durations, "outlierDetection.interval", outliers.Property(nameof(OutlierDetection.Interval)), location);
            Duration(durations, "outlierDetection.baseEjectionTime", outliers.Property(nameof(OutlierDetection.BaseEjectionTime)), location);
        }

        var balancer = Part<LoadBalancer>(policy, nameof(DestinationPolicy.LoadBalancer));
        var hash = balancer?.Property(nameof(LoadBalancer.ConsistentHash));
        var locality = Part<LocalityLoadBalancing>(balancer, nameof(LoadBalancer.Locality));
        var failover = locality?.Property(nameof(LocalityLoadBalancing.Failover));
        var regions = new List<Located<string?>>();
        var failoverItems = 0;
        if (failover is { } list)
        {
            var (items, _) = reader.ReadList(list);
            failoverItems = items.Count;
            foreach (var item in items)
            {
                if (reader.ReadObject(item) is { } pair && pair.Is<LocalityFailover>())
                {
                    regions.Add(Region(pair.Argument(nameof(LocalityFailover.From))));
                    regions.Add(Region(pair.Argument(nameof(LocalityFailover.To))));
                }
            }
        }

        return new DestinationPolicyFacts
        {
            Location = location,
            Values = values,
            Durations = durations,
            // Set to something the editor cannot read: whether it is there is not known.
            HasOutlierDetection = outlierExpression == null || IsNullLiteral(outlierExpression) ? false : outliers != null ? true : null,
            ConsistentHash = hash != null && !IsNullLiteral(hash) ? LocationOf(hash) : null,
            Failover = failoverItems > 0 ? LocationOf(failover) : null,
            FailoverRegions = regions,
        };
    }

    /// <summary>A nested record of the policy, when written where the editor can read it.</summary>
    private ModelObject? Part<TModel>(ModelObject? owner, string property) =>
        owner?.Property(property) is { } given && !IsNullLiteral(given) && reader.ReadObject(given) is { } part && part.Is<TModel>() ? part : null;

    private Located<string?> Region(ScopedExpression? expression)
    {
        var (value, location) = reader.ReadString(expression);
        return new(value, location);
    }

    private void Count(List<BoundedValueFacts> values, string field, ScopedExpression? expression, FactLocation owner)
    {
        if (expression != null && !IsNullLiteral(expression))
        {
            values.Add(new BoundedValueFacts { Field = field, Value = new(reader.ReadInt(expression), LocationOf(expression) ?? owner), Maximum = int.MaxValue });
        }
    }

    private void Percent(List<BoundedValueFacts> values, string field, ScopedExpression? expression, FactLocation owner)
    {
        if (expression != null && !IsNullLiteral(expression))
        {
            values.Add(new BoundedValueFacts { Field = field, Value = new(reader.ReadInt(expression), LocationOf(expression) ?? owner), Maximum = 100 });
        }
    }

    private void Duration(List<DurationFacts> durations, string field, ScopedExpression? expression, FactLocation owner)
    {
        if (expression != null && !IsNullLiteral(expression))
        {
            durations.Add(new DurationFacts { Field = field, Value = new(reader.ReadDuration(expression), LocationOf(expression) ?? owner) });
        }
    }
}
