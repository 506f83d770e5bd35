namespace Manifests.Model;

/// <summary>
/// How clients of a service reach its endpoints, once traffic has been routed to it (Istio's DestinationRule
/// <c>trafficPolicy</c>): connection limits, ejection of failing endpoints, load balancing and TLS.
/// </summary>
public sealed record DestinationPolicy
{
    /// <summary>Limits on connections and requests to each endpoint (circuit breaking); <see langword="null"/> for Istio's defaults.</summary>
    public ConnectionPool? ConnectionPool { get; init; }

    /// <summary>Ejection of endpoints that keep failing; <see langword="null"/> for none.</summary>
    public OutlierDetection? OutlierDetection { get; init; }

    /// <summary>How an endpoint is chosen; <see langword="null"/> for Istio's default (least request).</summary>
    public LoadBalancer? LoadBalancer { get; init; }

    /// <summary>The TLS mode of connections to the service; <see langword="null"/> for Istio's default (automatic mutual TLS).</summary>
    public TlsMode? Tls { get; init; }
}
