using System;
using System.Collections.Generic;
using Manifests.Model;

namespace Manifests.Rules;

/// <summary>How traffic enters the mesh.</summary>
internal sealed record IngressFacts
{
    /// <summary>No ingress at all.</summary>
    public static readonly IngressFacts None = new IngressFacts();

    /// <summary>The ASM ingress gateways.</summary>
    public IReadOnlyList<IngressGatewayFacts> IngressGateways { get; init; } = Array.Empty<IngressGatewayFacts>();

    /// <summary>The Istio gateways.</summary>
    public IReadOnlyList<GatewayFacts> Gateways { get; init; } = Array.Empty<GatewayFacts>();

    /// <summary>The routes from gateways to services.</summary>
    public IReadOnlyList<IngressRouteFacts> Routes { get; init; } = Array.Empty<IngressRouteFacts>();

    /// <summary>The ingress facts of a real mesh value.</summary>
    internal static IngressFacts From(Mesh mesh) => new()
    {
        IngressGateways = FactValues.Map(mesh.IngressGateways, IngressGatewayFacts.From),
        Gateways = FactValues.Map(mesh.Gateways, GatewayFacts.From),
        Routes = FactValues.Map(mesh.IngressRoutes, IngressRouteFacts.From),
    };
}

/// <summary>An ASM ingress gateway.</summary>
internal sealed record IngressGatewayFacts
{
    /// <summary>The gateway name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the gateway is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The namespace, at where it is written (else the gateway).</summary>
    public required Located<string?> Namespace { get; init; }

    /// <summary>The ports its Service exposes; a null item is a port not known.</summary>
    public IReadOnlyList<int?> Ports { get; init; } = Array.Empty<int?>();

    internal static IngressGatewayFacts From(IngressGateway gateway)
    {
        var at = FactValues.At(gateway.Source);
        return new IngressGatewayFacts { Name = gateway.Name, Location = at, Namespace = new(gateway.Namespace, at), Ports = FactValues.Map(gateway.Ports, p => (int?)p.Port) };
    }
}

/// <summary>An Istio Gateway.</summary>
internal sealed record GatewayFacts
{
    /// <summary>The gateway name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the gateway is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The namespace, at where it is written (else the gateway).</summary>
    public required Located<string?> Namespace { get; init; }

    /// <summary>The ingress gateway whose pods serve it.</summary>
    public required NameReference IngressGateway { get; init; }

    /// <summary>The servers.</summary>
    public IReadOnlyList<GatewayServerFacts> Servers { get; init; } = Array.Empty<GatewayServerFacts>();

    internal static GatewayFacts From(Gateway gateway)
    {
        var at = FactValues.At(gateway.Source);
        return new GatewayFacts
        {
            Name = gateway.Name,
            Location = at,
            Namespace = new(gateway.Namespace, at),
            IngressGateway = new NameReference(gateway.IngressGateway, at),
            Servers = FactValues.Map(gateway.Servers, s => new GatewayServerFacts { Port = s.Port, Hosts = FactValues.Map(s.Hosts, h => (string?)h), Location = at }),
        };
    }
}

/// <summary>A server of an Istio Gateway.</summary>
internal sealed record GatewayServerFacts
{
    /// <summary>The port.</summary>
    public required int? Port { get; init; }

    /// <summary>The hosts accepted; a null item is a host not known.</summary>
    public required IReadOnlyList<string?> Hosts { get; init; }

    /// <summary>Where the port is written (else the server).</summary>
    public required FactLocation Location { get; init; }
}

/// <summary>Routes from gateways to services.</summary>
internal sealed record IngressRouteFacts
{
    /// <summary>The route set's name.</summary>
    public required string? Name { get; init; }

    /// <summary>Where the route set is declared.</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The namespace, at where it is written (else the route set).</summary>
    public required Located<string?> Namespace { get; init; }

    /// <summary>The gateways the routes are bound to.</summary>
    public IReadOnlyList<NameReference> Gateways { get; init; } = Array.Empty<NameReference>();

    /// <summary>The hosts the routes answer for, each at where it is written (else the route set); a null value is a host not known.</summary>
    public IReadOnlyList<Located<string?>> Hosts { get; init; } = Array.Empty<Located<string?>>();

    /// <summary>Where the routes send traffic.</summary>
    public IReadOnlyList<DestinationFacts> Destinations { get; init; } = Array.Empty<DestinationFacts>();

    internal static IngressRouteFacts From(IngressRoute route)
    {
        var at = FactValues.At(route.Source);
        return new IngressRouteFacts
        {
            Name = route.Name,
            Location = at,
            Namespace = new(route.Namespace, at),
            Gateways = FactValues.References(route.Gateways, at),
            Hosts = FactValues.Map(route.Hosts, h => new Located<string?>(h, at)),
            Destinations = FactValues.Map(route.Http, h => new DestinationFacts
            {
                Service = new NameReference(h.Destination.Service, at),
                Port = h.Destination.Port,
                Location = at,
                Timeout = new(h.Timeout, at),
            }),
        };
    }
}

/// <summary>An HTTP route of a route set: where it sends traffic, and how long a request may take.</summary>
internal sealed record DestinationFacts
{
    /// <summary>The service traffic goes to.</summary>
    public required NameReference Service { get; init; }

    /// <summary>The port.</summary>
    public required int? Port { get; init; }

    /// <summary>Where the port is written (else the route).</summary>
    public required FactLocation Location { get; init; }

    /// <summary>The route's timeout (null: none, or unknown), at where it is written (else the route).</summary>
    public Located<TimeSpan?> Timeout { get; init; } = new(null, FactLocation.None);
}
