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

        return new IngressGatewayFacts(name, Namespace(ingress, "istio-system"), location, ports);
    }

    private GatewayFacts? ReadGateway(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } gateway || !gateway.Is(ModelTypeNames.Gateway))
        {
            return null;
        }

        var (name, location) = reader.ReadString(gateway.Argument("name"));
        var (ingress, ingressLocation) = reader.ReadString(gateway.Property("IngressGateway"));
        return new GatewayFacts(
            name,
            Namespace(gateway, "default"),
            location,
            new NameReference(ingress, ingress == null ? location : ingressLocation),
            ReadEach(gateway, "Servers", ReadServer, UnknownServer));
    }

    private GatewayServerFacts? ReadServer(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } server || !server.Is(ModelTypeNames.GatewayServer))
        {
            return null;
        }

        var port = server.Argument("Port");
        return new GatewayServerFacts(reader.ReadInt(port), ReadHosts(server), port is { } given ? reader.Locate(given) : reader.Locate(expression));
    }

    private IngressRouteFacts? ReadIngressRoute(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } route || !route.Is(ModelTypeNames.IngressRoute))
        {
            return null;
        }

        var (name, location) = reader.ReadString(route.Argument("name"));
        return new IngressRouteFacts(
            name,
            Namespace(route, "default"),
            location,
            ReadReferences(route, "Gateways"),
            ReadHosts(route),
            ReadEach(route, "Http", ReadDestination, at => new DestinationFacts(new NameReference(null, at), null, at)));
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

    /// <summary>Hosts of a gateway server or a route; <c>*</c> when not set, as in the model.</summary>
    private List<string?> ReadHosts(ModelObject owner)
    {
        if (owner.Property("Hosts") is not { } list)
        {
            return new List<string?> { "*" };
        }

        var (items, complete) = reader.ReadList(list);
        var hosts = new List<string?>();
        foreach (var item in items)
        {
            hosts.Add(reader.ReadString(item).Value);
        }

        if (!complete)
        {
            hosts.Add(null);
        }

        return hosts;
    }
}
