using Manifests.Model;
using Istio = Manifests.Crds.Istio.Networking.V1;

namespace Manifests.Render.Build.Routing;

/// <summary>
/// A service's <see cref="DestinationPolicy"/> as the <c>trafficPolicy</c> of its DestinationRule, field for field;
/// what the policy leaves unset stays unwritten, so Istio's defaults apply.
/// </summary>
internal static class DestinationPolicyBuilder
{
    public static Istio.DestinationRuleSpecTrafficPolicy TrafficPolicy(DestinationPolicy policy) => new()
    {
        ConnectionPool = policy.ConnectionPool is { } pool ? ConnectionPool(pool) : null,
        OutlierDetection = policy.OutlierDetection is { } outliers ? OutlierDetection(outliers) : null,
        LoadBalancer = policy.LoadBalancer is { } balancer ? LoadBalancer(balancer) : null,
        Tls = policy.Tls is { } mode ? new Istio.DestinationRuleSpecTrafficPolicyTls { Mode = Tls(mode) } : null,
    };

    private static Istio.DestinationRuleSpecTrafficPolicyConnectionPool ConnectionPool(ConnectionPool pool) => new()
    {
        Tcp = pool.Tcp is { } tcp
            ? new Istio.DestinationRuleSpecTrafficPolicyConnectionPoolTcp
            {
                MaxConnections = tcp.MaxConnections,
                ConnectTimeout = IstioDuration.Format(tcp.ConnectTimeout),
            }
            : null,
        Http = pool.Http is { } http
            ? new Istio.DestinationRuleSpecTrafficPolicyConnectionPoolHttp
            {
                Http1MaxPendingRequests = http.Http1MaxPendingRequests,
                Http2MaxRequests = http.Http2MaxRequests,
                MaxRequestsPerConnection = http.MaxRequestsPerConnection,
                MaxRetries = http.MaxRetries,
                IdleTimeout = IstioDuration.Format(http.IdleTimeout),
            }
            : null,
    };

    private static Istio.DestinationRuleSpecTrafficPolicyOutlierDetection OutlierDetection(OutlierDetection outliers) => new()
    {
        Consecutive5xxErrors = outliers.Consecutive5xxErrors,
        ConsecutiveGatewayErrors = outliers.ConsecutiveGatewayErrors,
        Interval = IstioDuration.Format(outliers.Interval),
        BaseEjectionTime = IstioDuration.Format(outliers.BaseEjectionTime),
        MaxEjectionPercent = outliers.MaxEjectionPercent,
        MinHealthPercent = outliers.MinHealthPercent,
    };

    private static Istio.DestinationRuleSpecTrafficPolicyLoadBalancer LoadBalancer(LoadBalancer balancer) => new()
    {
        Simple = balancer.Simple is { } simple ? Simple(simple) : null,
        ConsistentHash = balancer.ConsistentHash is { } hash ? ConsistentHash(hash) : null,
        LocalityLbSetting = balancer.Locality is { } locality ? Locality(locality) : null,
    };

    private static Istio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash ConsistentHash(ConsistentHash hash) => new()
    {
        HttpHeaderName = hash.HttpHeaderName,
        HttpCookie = hash.HttpCookie is { } cookie
            ? new Istio.DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHashHttpCookie { Name = cookie.Name, Ttl = IstioDuration.Format(cookie.Ttl) }
            : null,
        UseSourceIp = hash.UseSourceIp ? true : null,
    };

    private static Istio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting Locality(LocalityLoadBalancing locality) => new()
    {
        // Istio's Locality Failover task writes "enabled: true" beside the failover list.
        Enabled = true,
        Failover = locality.Failover.Count == 0
            ? null
            : locality.Failover.Select(f => new Istio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover { From = f.From, To = f.To }).ToList(),
        Distribute = locality.Distribute.Count == 0
            ? null
            : locality.Distribute.Select(d => new Istio.DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingDistribute
            {
                From = d.From,
                // Sorted: the order of a dictionary is never output order.
                To = d.To.OrderBy(t => t.Key, StringComparer.Ordinal).ToDictionary(t => t.Key, t => (long)t.Value, StringComparer.Ordinal),
            }).ToList(),
    };

    private static Istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple Simple(SimpleLoadBalancer simple) => simple switch
    {
        SimpleLoadBalancer.RoundRobin => Istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.RoundRobin,
        SimpleLoadBalancer.LeastRequest => Istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.LeastRequest,
        SimpleLoadBalancer.Random => Istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.Random,
        SimpleLoadBalancer.Passthrough => Istio.DestinationRuleSpecTrafficPolicyLoadBalancerSimple.Passthrough,
        _ => throw new ArgumentOutOfRangeException(nameof(simple), simple, "unknown load balancer"),
    };

    private static Istio.DestinationRuleSpecTrafficPolicyTlsMode Tls(TlsMode mode) => mode switch
    {
        TlsMode.Disable => Istio.DestinationRuleSpecTrafficPolicyTlsMode.Disable,
        TlsMode.Simple => Istio.DestinationRuleSpecTrafficPolicyTlsMode.Simple,
        TlsMode.Mutual => Istio.DestinationRuleSpecTrafficPolicyTlsMode.Mutual,
        TlsMode.IstioMutual => Istio.DestinationRuleSpecTrafficPolicyTlsMode.IstioMutual,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown TLS mode"),
    };
}
