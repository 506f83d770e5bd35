using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Manifests.Model;

/// <summary>HTTP routes from gateways to services: an Istio <c>VirtualService</c> bound to gateways.</summary>
public sealed record IngressRoute
{
    /// <summary>Declares a route set.</summary>
    /// <param name="name">A DNS-1123 label naming the VirtualService.</param>
    /// <param name="file">Filled by the compiler.</param>
    /// <param name="line">Filled by the compiler.</param>
    public IngressRoute(string name, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Source = new SourceLocation(file, line);
    }

    /// <summary>The VirtualService name.</summary>
    public string Name { get; }

    /// <summary>Where the route set was declared.</summary>
    public SourceLocation Source { get; init; }

    /// <summary>The namespace of the VirtualService.</summary>
    public string Namespace { get; init; } = ModelDefaults.Namespace;

    /// <summary>The names of the <see cref="Gateway"/>s the routes are bound to.</summary>
    public required IReadOnlyList<string> Gateways { get; init; }

    /// <summary>The hosts the routes answer for.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [ModelDefaults.AnyHost];

    /// <summary>The routes, tried in order.</summary>
    public required IReadOnlyList<HttpRoute> Http { get; init; }
}

/// <summary>Requests matching any of <see cref="Match"/> go to <see cref="Destination"/>, within <see cref="Timeout"/> if set.</summary>
public sealed record HttpRoute
{
    /// <summary>URI matches; a request matching any one takes the route. Empty matches every request.</summary>
    public IReadOnlyList<UriMatch> Match { get; init; } = [];

    /// <summary>Where matching requests go.</summary>
    public required RouteDestination Destination { get; init; }

    /// <summary>How long a request may take before the gateway answers 504 (at least 1 ms); <see langword="null"/>: no timeout, Istio's default.</summary>
    public TimeSpan? Timeout { get; init; }
}

/// <summary>A URI match: exact or by prefix.</summary>
/// <param name="Kind">How the value is compared.</param>
/// <param name="Value">The path or prefix.</param>
public sealed record UriMatch(UriMatchKind Kind, string Value)
{
    /// <summary>The URI equals <paramref name="path"/>.</summary>
    public static UriMatch Exact(string path) => new(UriMatchKind.Exact, path);

    /// <summary>The URI starts with <paramref name="prefix"/>.</summary>
    public static UriMatch Prefix(string prefix) => new(UriMatchKind.Prefix, prefix);
}

/// <summary>How a <see cref="UriMatch"/> compares.</summary>
public enum UriMatchKind
{
    /// <summary>Exact equality.</summary>
    Exact,

    /// <summary>Starts with.</summary>
    Prefix,
}

/// <summary>A service and port of the mesh.</summary>
/// <param name="Service">The service name.</param>
/// <param name="Port">A port number the service exposes.</param>
public sealed record RouteDestination(string Service, int Port);
