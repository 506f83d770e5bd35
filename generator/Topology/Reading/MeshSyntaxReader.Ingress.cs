using System.Collections.Generic;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

internal sealed partial class MeshSyntaxReader
{
    private IngressGatewayFacts? ReadIngressGateway(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } ingress || !ingress.Is(ModelTypeNames.IngressGateway))
        {
            return null;
        }

        var (name, location) = reader.ReadString(ingress.Argument("name"));
        var ports = new List<int?>();
        if (ingress.Property("Ports") is { } list)
        {
            var (items, complete) = reader.ReadList(list);
            foreach (var item in items)
            {
                var port = reader.ReadObject(item);
                ports.Add(port != null && port.Is(ModelTypeNames.GatewayPort) ? reader.ReadInt(port.Argument("Port")) : null);
            }

            if (!complete)
            {
                ports.Add(null);
            }
        }

        var (ingressNamespace, namespaceLocation) = Namespace(ingress, "istio-system");
        return new IngressGatewayFacts(name, ingressNamespace, location, ports, namespaceLocation);
    }

    private GatewayFacts? ReadGateway(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } gateway || !gateway.Is(ModelTypeNames.Gateway))
        {
            return null;
        }

        var (name, location) = reader.ReadString(gateway.Argument("name"));
        var (ingress, ingressLocation) = reader.ReadString(gateway.Property("IngressGateway"));
        var (gatewayNamespace, namespaceLocation) = Namespace(gateway, "default");
        return new GatewayFacts(
            name,
            gatewayNamespace,
            location,
            new NameReference(ingress, ingress == null ? location : ingressLocation),
            ReadEach(gateway, "Servers", ReadServer, UnknownServer),
            namespaceLocation);
    }

    private GatewayServerFacts? ReadServer(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } server || !server.Is(ModelTypeNames.GatewayServer))
        {
            return null;
        }

        var port = server.Argument("Port");
        return new GatewayServerFacts(reader.ReadInt(port), ReadHosts(server).Hosts, port is { } given ? reader.Locate(given) : reader.Locate(expression));
    }

    private IngressRouteFacts? ReadIngressRoute(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } route || !route.Is(ModelTypeNames.IngressRoute))
        {
            return null;
        }

        var (name, location) = reader.ReadString(route.Argument("name"));
        var (routeNamespace, namespaceLocation) = Namespace(route, "default");
        var (hosts, hostLocations) = ReadHosts(route);
        return new IngressRouteFacts(
            name,
            routeNamespace,
            location,
            ReadReferences(route, "Gateways"),
            hosts,
            ReadEach(route, "Http", ReadDestination, at => new DestinationFacts(new NameReference(null, at), null, at)),
            namespaceLocation,
            hostLocations);
    }

    private DestinationFacts? ReadDestination(ScopedExpression httpRoute)
    {
        if (reader.ReadObject(httpRoute) is not { } http || !http.Is(ModelTypeNames.HttpRoute) ||
            reader.ReadObject(http.Property("Destination")) is not { } destination || !destination.Is(ModelTypeNames.RouteDestination))
        {
            return null;
        }

        var (service, serviceLocation) = reader.ReadString(destination.Argument("Service"));
        var port = destination.Argument("Port");
        return new DestinationFacts(
            new NameReference(service, serviceLocation),
            reader.ReadInt(port),
            port is { } given ? reader.Locate(given) : reader.Locate(destination.Origin));
    }

    /// <summary>Hosts of a gateway server or a route, with where each is written; <c>*</c> (written nowhere) when not set, as in the model.</summary>
    private (List<string?> Hosts, List<FactLocation>? Locations) ReadHosts(ModelObject owner)
    {
        if (owner.Property("Hosts") is not { } list)
        {
            return (new List<string?> { "*" }, null);
        }

        var (items, complete) = reader.ReadList(list);
        var hosts = new List<string?>();
        var locations = new List<FactLocation>();
        foreach (var item in items)
        {
            var (host, location) = reader.ReadString(item);
            hosts.Add(host);
            locations.Add(location);
        }

        if (!complete)
        {
            hosts.Add(null);
            locations.Add(reader.Locate(list));
        }

        return (hosts, locations);
    }
}
