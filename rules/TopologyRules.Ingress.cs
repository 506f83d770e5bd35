using System;
using System.Collections.Generic;
using System.Linq;

namespace Manifests.Rules;

public static partial class TopologyRules
{
    private static void CheckIngress(MeshFacts mesh, List<RuleFinding> findings)
    {
        foreach (var ingress in mesh.IngressGateways)
        {
            if (ingress.Namespace != null && ingress.Namespace != "istio-system")
            {
                Report(findings, RuleDescriptors.GatewayNamespace, ingress.NamespaceLocation ?? ingress.Location, $"Ingress gateway '{ingress.Name}' is in namespace '{ingress.Namespace}'.");
            }
        }

        var gateways = new Dictionary<string, GatewayFacts>(StringComparer.Ordinal);
        foreach (var gateway in mesh.Gateways)
        {
            if (gateway.Name != null && !gateways.ContainsKey(gateway.Name))
            {
                gateways.Add(gateway.Name, gateway);
            }

            CheckGateway(mesh, gateway, findings);
        }

        var byName = ServicesByName(mesh);
        foreach (var route in mesh.IngressRoutes)
        {
            CheckRoute(route, gateways, byName, findings);
        }

        // A routed service gets a VirtualService named after it; an ingress route of that name would overwrite it.
        foreach (var route in mesh.IngressRoutes)
        {
            var clash = mesh.Services.FirstOrDefault(s => s.Name == route.Name && s.Namespace != null && s.Namespace == route.Namespace &&
                s.Policy != null && s.Policy.Kind != PolicyKind.Spread);
            if (route.Name != null && clash != null)
            {
                Report(findings, RuleDescriptors.NameCollision, route.Location,
                    $"Ingress route '{route.Name}' and the traffic policy of service '{clash.Name}' would both be VirtualService '{route.Name}'.");
            }
        }
    }

    private static void CheckGateway(MeshFacts mesh, GatewayFacts gateway, List<RuleFinding> findings)
    {
        var selected = gateway.IngressGateway.Name;
        if (selected == null)
        {
            return;
        }

        var ingress = mesh.IngressGateways.FirstOrDefault(i => i.Name == selected);
        if (ingress == null)
        {
            Report(findings, RuleDescriptors.UnknownIngressGateway, gateway.IngressGateway.Location,
                $"Gateway '{gateway.Name}' selects ingress gateway '{selected}', which the mesh does not declare.");
            return;
        }

        foreach (var server in gateway.Servers)
        {
            CheckPortNumber(findings, server.Port, server.Location, $"Server port of gateway '{gateway.Name}'");
            if (server.Port is int port && ingress.Ports.All(p => p != null) && !ingress.Ports.Contains(port))
            {
                Report(findings, RuleDescriptors.PortNotOnIngressGateway, server.Location,
                    $"Gateway '{gateway.Name}' listens on port {port}, which ingress gateway '{ingress.Name}' does not expose (it exposes {string.Join(", ", ingress.Ports)}).");
            }
        }
    }

    private static void CheckRoute(IngressRouteFacts route, Dictionary<string, GatewayFacts> gateways, Dictionary<string, ServiceFacts> services, List<RuleFinding> findings)
    {
        foreach (var reference in route.Gateways)
        {
            if (reference.Name == null)
            {
                continue;
            }

            if (!gateways.TryGetValue(reference.Name, out var gateway))
            {
                Report(findings, RuleDescriptors.UnknownGateway, reference.Location, $"Ingress route '{route.Name}' is bound to gateway '{reference.Name}', which the mesh does not declare.");
                continue;
            }

            var accepted = gateway.Servers.SelectMany(s => s.Hosts).ToList();
            if (accepted.Any(h => h == null))
            {
                continue;
            }

            for (var i = 0; i < route.Hosts.Count; i++)
            {
                var host = route.Hosts[i];
                if (host != null && !accepted.Any(a => HostMatches(a!, host)))
                {
                    var at = route.HostLocations != null && i < route.HostLocations.Count ? route.HostLocations[i] : route.Location;
                    Report(findings, RuleDescriptors.HostNotOnGateway, at,
                        $"Ingress route '{route.Name}' answers for host '{host}', which gateway '{gateway.Name}' does not accept (it accepts {string.Join(", ", accepted)}).");
                }
            }
        }

        foreach (var destination in route.Destinations)
        {
            var name = destination.Service.Name;
            if (name == null)
            {
                continue;
            }

            if (!services.TryGetValue(name, out var service))
            {
                Report(findings, RuleDescriptors.UnknownDestination, destination.Service.Location, $"Ingress route '{route.Name}' sends traffic to service '{name}', which the mesh does not declare.");
            }
            else if (destination.Port is int port && service.Ports.All(p => p.Number != null) && service.Ports.All(p => p.Number != port))
            {
                Report(findings, RuleDescriptors.UnknownDestination, destination.Location,
                    $"Ingress route '{route.Name}' sends traffic to port {port} of '{name}', which exposes {PortList(service)}.");
            }
        }
    }

    // Istio host matching: '*' accepts all; '*.example.com' accepts its subdomains; otherwise exact.
    private static bool HostMatches(string accepted, string host)
    {
        var acceptedHost = accepted.Contains("/") ? accepted.Substring(accepted.IndexOf('/') + 1) : accepted;
        if (acceptedHost == "*" || acceptedHost == host)
        {
            return true;
        }

        if (acceptedHost.StartsWith("*.", StringComparison.Ordinal))
        {
            return host.EndsWith(acceptedHost.Substring(1), StringComparison.Ordinal) ||
                (host.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(acceptedHost.Substring(1), StringComparison.Ordinal));
        }

        return false;
    }
}
