using System.Collections.Generic;
using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

// Generator only: the ingress facts read from the syntax of a declaration (the render reads them from values in IngressFacts.cs).
internal sealed partial class MeshSyntaxReader
{
    private IngressFacts ReadIngress(ModelObject mesh) => new()
    {
        IngressGateways = ReadEach(
            mesh,
            nameof(Mesh.IngressGateways),
            ReadIngressGateway,
            at => new IngressGatewayFacts { Name = null, Location = at, Namespace = new(null, at), Ports = new int?[] { null } }),
        Gateways = ReadEach(
            mesh,
            nameof(Mesh.Gateways),
            ReadGateway,
            at => new GatewayFacts { Name = null, Location = at, Namespace = new(null, at), IngressGateway = new NameReference(null, at), Servers = new[] { UnknownServer(at) } }),
        Routes = ReadEach(
            mesh,
            nameof(Mesh.IngressRoutes),
            ReadIngressRoute,
            at => new IngressRouteFacts { Name = null, Location = at, Namespace = new(null, at), Hosts = new[] { new Located<string?>(null, at) } }),
    };

    private IngressGatewayFacts? ReadIngressGateway(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } ingress || !ingress.Is<IngressGateway>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(ingress.Argument(nameof(IngressGateway.Name)));
        var ports = new List<int?>();
        if (ingress.Property(nameof(IngressGateway.Ports)) is { } list)
        {
            var (items, complete) = reader.ReadList(list);
            foreach (var item in items)
            {
                var port = reader.ReadObject(item);
                ports.Add(port != null && port.Is<GatewayPort>() ? reader.ReadInt(port.Argument(nameof(GatewayPort.Port))) : null);
            }

            if (!complete)
            {
                ports.Add(null);
            }
        }

        return new IngressGatewayFacts
        {
            Name = name,
            Location = location,
            Namespace = Namespace(ingress, nameof(IngressGateway.Namespace), ModelDefaults.IngressGatewayNamespace, location),
            Ports = ports,
        };
    }

    private GatewayFacts? ReadGateway(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } gateway || !gateway.Is<Gateway>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(gateway.Argument(nameof(Gateway.Name)));
        var (ingress, ingressLocation) = reader.ReadString(gateway.Property(nameof(Gateway.IngressGateway)));
        return new GatewayFacts
        {
            Name = name,
            Location = location,
            Namespace = Namespace(gateway, nameof(Gateway.Namespace), ModelDefaults.Namespace, location),
            IngressGateway = new NameReference(ingress, ingress == null ? location : ingressLocation),
            Servers = ReadEach(gateway, nameof(Gateway.Servers), ReadServer, UnknownServer),
        };
    }

    private GatewayServerFacts? ReadServer(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } server || !server.Is<GatewayServer>())
        {
            return null;
        }

        var port = server.Argument(nameof(GatewayServer.Port));
        var at = port is { } given ? reader.Locate(given) : reader.Locate(expression);
        var hosts = new List<string?>();
        foreach (var host in ReadHosts(server, nameof(GatewayServer.Hosts), at))
        {
            hosts.Add(host.Value);
        }

        return new GatewayServerFacts { Port = reader.ReadInt(port), Hosts = hosts, Location = at };
    }

    private IngressRouteFacts? ReadIngressRoute(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } route || !route.Is<IngressRoute>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(route.Argument(nameof(IngressRoute.Name)));
        return new IngressRouteFacts
        {
            Name = name,
            Location = location,
            Namespace = Namespace(route, nameof(IngressRoute.Namespace), ModelDefaults.Namespace, location),
            Gateways = ReadReferences(route, nameof(IngressRoute.Gateways)),
            Hosts = ReadHosts(route, nameof(IngressRoute.Hosts), location),
            Destinations = ReadEach(route, nameof(IngressRoute.Http), ReadDestination, at => new DestinationFacts { Service = new NameReference(null, at), Port = null, Location = at }),
        };
    }

    private DestinationFacts? ReadDestination(ScopedExpression httpRoute)
    {
        if (reader.ReadObject(httpRoute) is not { } http || !http.Is<HttpRoute>() ||
            reader.ReadObject(http.Property(nameof(HttpRoute.Destination))) is not { } destination || !destination.Is<RouteDestination>())
        {
            return null;
        }

        var (service, serviceLocation) = reader.ReadString(destination.Argument(nameof(RouteDestination.Service)));
        var port = destination.Argument(nameof(RouteDestination.Port));
        var timeout = http.Property(nameof(HttpRoute.Timeout));
        return new DestinationFacts
        {
            Service = new NameReference(service, serviceLocation),
            Port = reader.ReadInt(port),
            Location = port is { } given ? reader.Locate(given) : reader.Locate(destination.Origin),
            Timeout = new(reader.ReadDuration(timeout), LocationOf(timeout) ?? reader.Locate(http.Origin)),
        };
    }

    /// <summary>
    /// Hosts of a gateway server or a route, each at where it is written; when not set, the model's default
    /// (<see cref="ModelDefaults.AnyHost"/>, written nowhere) at <paramref name="owner"/>.
    /// </summary>
    private List<Located<string?>> ReadHosts(ModelObject model, string property, FactLocation owner)
    {
        if (model.Property(property) is not { } list)
        {
            return new List<Located<string?>> { new(ModelDefaults.AnyHost, owner) };
        }

        var (items, complete) = reader.ReadList(list);
        var hosts = new List<Located<string?>>();
        foreach (var item in items)
        {
            var (host, location) = reader.ReadString(item);
            hosts.Add(new(host, location));
        }

        if (!complete)
        {
            hosts.Add(new(null, reader.Locate(list)));
        }

        return hosts;
    }

    private static GatewayServerFacts UnknownServer(FactLocation at) => new() { Port = null, Hosts = new string?[] { null }, Location = at };
}
