using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

/// <summary>Ingress (MESH500–599, with mesh models): ingress gateways, Istio gateways and the routes bound to them.</summary>
internal static partial class RuleDescriptors
{
    /// <summary>A route goes to a missing service or port.</summary>
    public static readonly RuleDescriptor UnknownDestination = new("MESH007", "Route to a service or port that does not exist", RuleSeverity.Error,
        "route to a declared service and one of its port numbers", "IST0101");

    /// <summary>A route names a gateway that is not declared.</summary>
    public static readonly RuleDescriptor UnknownGateway = new("MESH009", "Route bound to an undeclared gateway", RuleSeverity.Error,
        "name a gateway from Mesh.Gateways, or declare it", "IST0101");

    /// <summary>A route's host is not accepted by its gateway.</summary>
    public static readonly RuleDescriptor HostNotOnGateway = new("MESH010", "Route host is not accepted by its gateway", RuleSeverity.Error,
        "add the host to one of the gateway's servers, or route a host the gateway accepts", "IST0132");

    /// <summary>A gateway server port is not exposed by the ingress gateway.</summary>
    public static readonly RuleDescriptor PortNotOnIngressGateway = new("MESH011", "Gateway port not exposed by the ingress gateway", RuleSeverity.Error,
        "use a port listed in the ingress gateway's Ports, or add it there", "IST0162");

    /// <summary>A gateway selects no ingress gateway.</summary>
    public static readonly RuleDescriptor UnknownIngressGateway = new("MESH012", "Gateway selects no ingress gateway", RuleSeverity.Error,
        "name an ingress gateway from Mesh.IngressGateways", "IST0101");

    /// <summary>An ingress gateway is outside istio-system.</summary>
    public static readonly RuleDescriptor GatewayNamespace = new("MESH019", "Ingress gateway outside istio-system", RuleSeverity.Error,
        "ASM creates ingress gateways in istio-system: set Namespace = \"istio-system\"", null);

    /// <summary>Two objects would share a file.</summary>
    public static readonly RuleDescriptor NameCollision = new("MESH022", "Two objects of the same kind and name in one place", RuleSeverity.Error,
        "rename one of them; for example an ingress route named like a routed service", null);

    /// <summary>A route's timeout is below the 1 ms the VirtualService CRD accepts (zero and negative included).</summary>
    public static readonly RuleDescriptor RouteTimeoutTooShort = new("MESH500", "Route timeout shorter than 1 ms", RuleSeverity.Error,
        "give a timeout of at least 1 ms, such as TimeSpan.FromSeconds(0.5), or leave Timeout unset for none", null);
}

internal static partial class TopologyRules
{
    private static readonly TimeSpan MinimumRouteTimeout = TimeSpan.FromMilliseconds(1);

    private static void CheckIngress(MeshFacts mesh, List<RuleFinding> findings)
    {
        foreach (var ingress in mesh.Ingress.IngressGateways)
        {
            if (ingress.Namespace.Value != null && ingress.Namespace.Value != "istio-system")
            {
                Report(findings, RuleDescriptors.GatewayNamespace, ingress.Namespace.Location, OutsideIstioSystem(ingress));
            }
        }

        // The first declaration of each name is the one a reference finds, looked up rather than searched for.
        var ingressByName = new Dictionary<string, IngressGatewayFacts>(StringComparer.Ordinal);
        foreach (var ingress in mesh.Ingress.IngressGateways)
        {
            if (ingress.Name != null && !ingressByName.ContainsKey(ingress.Name))
            {
                ingressByName.Add(ingress.Name, ingress);
            }
        }

        var gateways = new Dictionary<string, GatewayHosts>(StringComparer.Ordinal);
        foreach (var gateway in mesh.Ingress.Gateways)
        {
            if (gateway.Name != null && mesh.Ingress.Routes.Count > 0 && !gateways.ContainsKey(gateway.Name))
            {
                gateways.Add(gateway.Name, new GatewayHosts(gateway));
            }

            CheckGateway(ingressByName, gateway, findings);
        }

        var byName = ServicesByName(mesh);
        foreach (var route in mesh.Ingress.Routes)
        {
            CheckRoute(route, gateways, byName, findings);
        }

        // A routed service gets a VirtualService named after it; an ingress route of that name would overwrite it.
        var routedByName = mesh.Ingress.Routes.Count == 0 ? null : RoutedServices(mesh);
        foreach (var route in mesh.Ingress.Routes)
        {
            if (route.Name != null && route.Namespace.Value != null && routedByName!.TryGetValue((route.Name, route.Namespace.Value), out var clash))
            {
                Report(findings, RuleDescriptors.NameCollision, route.Location, Collision(route, clash));
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string OutsideIstioSystem(IngressGatewayFacts ingress) =>
            $"Ingress gateway '{ingress.Name}' is in namespace '{ingress.Namespace.Value}'.";

        static string Collision(IngressRouteFacts route, ServiceFacts clash) =>
            $"Ingress route '{route.Name}' and the traffic policy of service '{clash.Name}' would both be VirtualService '{route.Name}'.";
    }

    // Services that get a VirtualService of their own, the first of each name and namespace.
    private static Dictionary<(string Name, string Namespace), ServiceFacts> RoutedServices(MeshFacts mesh)
    {
        var routed = new Dictionary<(string Name, string Namespace), ServiceFacts>();
        foreach (var service in mesh.Services)
        {
            if (service.Name != null && service.Namespace.Value != null && service.Traffic != null && service.Traffic.Kind != PolicyKind.Spread &&
                !routed.ContainsKey((service.Name, service.Namespace.Value)))
            {
                routed.Add((service.Name, service.Namespace.Value), service);
            }
        }

        return routed;
    }

    private static void CheckGateway(Dictionary<string, IngressGatewayFacts> ingressByName, GatewayFacts gateway, List<RuleFinding> findings)
    {
        var selected = gateway.IngressGateway.Name;
        if (selected == null)
        {
            return;
        }

        if (!ingressByName.TryGetValue(selected, out var ingress))
        {
            Report(findings, RuleDescriptors.UnknownIngressGateway, gateway.IngressGateway.Location, UnknownIngress(gateway, selected));
            return;
        }

        foreach (var server in gateway.Servers)
        {
            if (IsOutOfRange(server.Port, out var number))
            {
                ReportOutOfRange(findings, server.Location, ServerPortOutOfRange(gateway, number));
            }

            if (server.Port is int port && ingress.Ports.All(p => p != null) && !ingress.Ports.Contains(port))
            {
                Report(findings, RuleDescriptors.PortNotOnIngressGateway, server.Location, PortNotExposed(gateway, port, ingress));
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string UnknownIngress(GatewayFacts gateway, string selected) =>
            $"Gateway '{gateway.Name}' selects ingress gateway '{selected}', which the mesh does not declare.";

        static string ServerPortOutOfRange(GatewayFacts gateway, int number) =>
            $"Server port of gateway '{gateway.Name}' is {number}, outside 1 to 65535.";

        static string PortNotExposed(GatewayFacts gateway, int port, IngressGatewayFacts ingress) =>
            $"Gateway '{gateway.Name}' listens on port {port}, which ingress gateway '{ingress.Name}' does not expose (it exposes {string.Join(", ", ingress.Ports)}).";
    }

    private static void CheckRoute(IngressRouteFacts route, Dictionary<string, GatewayHosts> gateways, Dictionary<string, ServiceFacts> services, List<RuleFinding> findings)
    {
        foreach (var reference in route.Gateways)
        {
            if (reference.Name == null)
            {
                continue;
            }

            if (!gateways.TryGetValue(reference.Name, out var gateway))
            {
                Report(findings, RuleDescriptors.UnknownGateway, reference.Location, UnknownGateway(route, reference.Name));
                continue;
            }

            if (gateway.AnyUnknown)
            {
                continue;
            }

            for (var i = 0; i < route.Hosts.Count; i++)
            {
                var host = route.Hosts[i];
                if (host.Value != null && !gateway.Accepts(host.Value))
                {
                    Report(findings, RuleDescriptors.HostNotOnGateway, host.Location, HostNotAccepted(route, host.Value, gateway));
                }
            }
        }

        foreach (var destination in route.Destinations)
        {
            // The VirtualService CRD's own rule: duration(self) >= duration('1ms').
            if (destination.Timeout.Value is { } timeout && timeout < MinimumRouteTimeout)
            {
                Report(findings, RuleDescriptors.RouteTimeoutTooShort, destination.Timeout.Location, TimeoutTooShort(route, timeout));
            }

            var name = destination.Service.Name;
            if (name == null)
            {
                continue;
            }

            if (!services.TryGetValue(name, out var service))
            {
                Report(findings, RuleDescriptors.UnknownDestination, destination.Service.Location, UnknownService(route, name));
            }
            else if (destination.Port is int port && ExposesOnlyOtherPorts(service, port))
            {
                Report(findings, RuleDescriptors.UnknownDestination, destination.Location, UnknownPort(route, port, name, service));
            }
        }

        // Each message is its own method, formatted (and compiled) only when its finding is made.
        static string TimeoutTooShort(IngressRouteFacts route, TimeSpan timeout) =>
            $"Ingress route '{route.Name}' has a timeout of {timeout.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} ms; Istio refuses a route timeout under 1 ms.";

        static string UnknownGateway(IngressRouteFacts route, string gateway) =>
            $"Ingress route '{route.Name}' is bound to gateway '{gateway}', which the mesh does not declare.";

        static string HostNotAccepted(IngressRouteFacts route, string host, GatewayHosts gateway) =>
            $"Ingress route '{route.Name}' answers for host '{host}', which gateway '{gateway.Facts.Name}' does not accept (it accepts {string.Join(", ", gateway.Accepted)}).";

        static string UnknownService(IngressRouteFacts route, string service) =>
            $"Ingress route '{route.Name}' sends traffic to service '{service}', which the mesh does not declare.";

        static string UnknownPort(IngressRouteFacts route, int port, string name, ServiceFacts service) =>
            $"Ingress route '{route.Name}' sends traffic to port {port} of '{name}', which exposes {PortList(service)}.";
    }

    // Every port number is known and none is the one asked for.
    private static bool ExposesOnlyOtherPorts(ServiceFacts service, int port)
    {
        foreach (var exposed in service.Ports)
        {
            if (exposed.Number.Value == null || exposed.Number.Value == port)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The hosts a gateway accepts, indexed once for every route bound to it. Istio host matching: '*' accepts
    /// all; '*.example.com' accepts its subdomains; otherwise exact; a 'namespace/' prefix is ignored.
    /// </summary>
    private sealed class GatewayHosts
    {
        private readonly bool _acceptsAll;
        private readonly HashSet<string> _exact = new HashSet<string>(StringComparer.Ordinal);

        // '.example.com' for '*.example.com': a host ending in one is accepted.
        private readonly HashSet<string> _suffixes = new HashSet<string>(StringComparer.Ordinal);

        public GatewayHosts(GatewayFacts gateway)
        {
            Facts = gateway;
            Accepted = gateway.Servers.SelectMany(s => s.Hosts).ToList();
            foreach (var accepted in Accepted)
            {
                if (accepted == null)
                {
                    AnyUnknown = true;
                    continue;
                }

                var acceptedHost = accepted.Contains("/") ? accepted.Substring(accepted.IndexOf('/') + 1) : accepted;
                _acceptsAll |= acceptedHost == "*";
                _exact.Add(acceptedHost);
                if (acceptedHost.StartsWith("*.", StringComparison.Ordinal))
                {
                    _suffixes.Add(acceptedHost.Substring(1));
                }
            }
        }

        public GatewayFacts Facts { get; }

        /// <summary>Every host of every server, as declared (for the message).</summary>
        public List<string?> Accepted { get; }

        /// <summary>Some host is not known (the generator could not read it): no route host can be judged.</summary>
        public bool AnyUnknown { get; }

        public bool Accepts(string host)
        {
            if (_acceptsAll || _exact.Contains(host))
            {
                return true;
            }

            if (_suffixes.Count == 0)
            {
                return false;
            }

            // Every suffix of the host that starts with '.', looked up: as many lookups as the host has dots.
            for (var i = host.IndexOf('.'); i >= 0; i = host.IndexOf('.', i + 1))
            {
                if (_suffixes.Contains(host.Substring(i)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
