using System;

namespace Manifests.Model;

/// <summary>Session affinity: requests with the same key go to the same endpoint (Istio's <c>consistentHash</c>).</summary>
public sealed record ConsistentHash
{
    private ConsistentHash()
    {
    }

    /// <summary>The HTTP header whose value is the key, for <see cref="ByHeader"/>.</summary>
    public string? HttpHeaderName { get; private init; }

    /// <summary>The HTTP cookie that is the key, for <see cref="ByCookie"/>.</summary>
    public HashCookie? HttpCookie { get; private init; }

    /// <summary>Whether the client's source IP is the key, for <see cref="BySourceIp"/>.</summary>
    public bool UseSourceIp { get; private init; }

    /// <summary>Hash by an HTTP header's value.</summary>
    public static ConsistentHash ByHeader(string httpHeaderName) => new() { HttpHeaderName = httpHeaderName };

    /// <summary>Hash by an HTTP cookie, which the proxy sets with <paramref name="ttl"/> when the request has none.</summary>
    public static ConsistentHash ByCookie(string name, TimeSpan ttl) => new() { HttpCookie = new HashCookie(name, ttl) };

    /// <summary>Hash by the client's source IP address.</summary>
    public static ConsistentHash BySourceIp() => new() { UseSourceIp = true };
}

/// <summary>The cookie of a cookie hash.</summary>
/// <param name="Name">The cookie name.</param>
/// <param name="Ttl">The lifetime of the cookie the proxy sets.</param>
public sealed record HashCookie(string Name, TimeSpan Ttl);
