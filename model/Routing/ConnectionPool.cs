using System;

namespace Manifests.Model;

/// <summary>Connection and request limits per endpoint (Istio's <c>connectionPool</c>).</summary>
public sealed record ConnectionPool
{
    /// <summary>Limits of the TCP connections (HTTP and TCP services alike).</summary>
    public TcpPool? Tcp { get; init; }

    /// <summary>Limits of HTTP/1.1, HTTP/2 and gRPC requests.</summary>
    public HttpPool? Http { get; init; }
}

/// <summary>TCP connection limits (Istio's <c>connectionPool.tcp</c>).</summary>
public sealed record TcpPool
{
    /// <summary>The most connections to one endpoint (<c>maxConnections</c>).</summary>
    public int? MaxConnections { get; init; }

    /// <summary>How long a connection may take to open (<c>connectTimeout</c>).</summary>
    public TimeSpan? ConnectTimeout { get; init; }
}

/// <summary>HTTP request limits (Istio's <c>connectionPool.http</c>).</summary>
public sealed record HttpPool
{
    /// <summary>The most requests queued while waiting for a connection (<c>http1MaxPendingRequests</c>).</summary>
    public int? Http1MaxPendingRequests { get; init; }

    /// <summary>The most active requests to the destination (<c>http2MaxRequests</c>).</summary>
    public int? Http2MaxRequests { get; init; }

    /// <summary>The most requests on one connection; 1 turns keep-alive off (<c>maxRequestsPerConnection</c>).</summary>
    public int? MaxRequestsPerConnection { get; init; }

    /// <summary>The most retries outstanding to all endpoints at once (<c>maxRetries</c>).</summary>
    public int? MaxRetries { get; init; }

    /// <summary>How long a connection may stay without active requests before it is closed (<c>idleTimeout</c>).</summary>
    public TimeSpan? IdleTimeout { get; init; }
}
