using System.Text.Json.Nodes;
using Manifests.Model;

namespace Manifests.Render.Emit;

/// <summary>Builds the mesh control plane's objects: the ASM IstioGateway and Istio networking objects.</summary>
internal static class MeshObjectFactory
{
    public const string IstioGatewayApiVersion = "istio.alibabacloud.com/v1beta1";

    public static BuiltObject IngressGateway(IngressGateway gateway)
    {
        var resources = new JsonObject();
        AddQuantities(resources, "limits", gateway.Resources.CpuLimit, gateway.Resources.MemoryLimit);
        AddQuantities(resources, "requests", gateway.Resources.CpuRequest, gateway.Resources.MemoryRequest);
        var metadata = Metadata(gateway.Name, gateway.Namespace);
        if (gateway.ManagedByAsm)
        {
            metadata["annotations"] = new JsonObject { ["asm.alibabacloud.com/managed-by-asm"] = "true" };
        }

        var body = new JsonObject
        {
            ["apiVersion"] = IstioGatewayApiVersion,
            ["kind"] = "IstioGateway",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["gatewayType"] = KubernetesNames.Of(gateway.GatewayType),
                ["dnsPolicy"] = gateway.DnsPolicy.ToString(),
                ["externalTrafficPolicy"] = gateway.ExternalTrafficPolicy.ToString(),
                ["hostNetwork"] = gateway.HostNetwork,
                ["ports"] = new JsonArray([.. gateway.Ports.Select(p => (JsonNode)new JsonObject
                {
                    ["name"] = p.Name,
                    ["port"] = p.Port,
                    ["protocol"] = KubernetesNames.Of(p.Protocol),
                    ["targetPort"] = p.TargetPort,
                })]),
                ["replicaCount"] = gateway.ReplicaCount,
                ["resources"] = resources.Count == 0 ? null : resources,
                ["rollingMaxSurge"] = gateway.RollingMaxSurge,
                ["rollingMaxUnavailable"] = gateway.RollingMaxUnavailable,
                ["runAsRoot"] = gateway.RunAsRoot,
                ["serviceType"] = gateway.ServiceType.ToString(),
            },
        };
        return new BuiltObject("IstioGateway", gateway.Name, gateway.Namespace, body);
    }

    public static BuiltObject Gateway(Gateway gateway, IstioApiVersion version)
    {
        var body = new JsonObject
        {
            ["apiVersion"] = KubernetesNames.Of(version),
            ["kind"] = "Gateway",
            ["metadata"] = Metadata(gateway.Name, gateway.Namespace),
            ["spec"] = new JsonObject
            {
                ["selector"] = new JsonObject { ["istio"] = gateway.IngressGateway },
                ["servers"] = new JsonArray([.. gateway.Servers.Select(s => (JsonNode)new JsonObject
                {
                    ["port"] = new JsonObject
                    {
                        ["number"] = s.Port,
                        ["name"] = s.PortName,
                        ["protocol"] = KubernetesNames.Of(s.Protocol),
                    },
                    ["hosts"] = Strings(s.Hosts),
                })]),
            },
        };
        return new BuiltObject("Gateway", gateway.Name, gateway.Namespace, body);
    }

    public static BuiltObject IngressRoute(IngressRoute route, IReadOnlyList<Service> services, IReadOnlyList<Gateway> gateways, IstioApiVersion version)
    {
        var http = route.Http.Select(h =>
        {
            var service = services.FirstOrDefault(s => s.Name == h.Destination.Service);
            var rule = new JsonObject();
            if (h.Match.Count > 0)
            {
                rule["match"] = new JsonArray([.. h.Match.Select(m => (JsonNode)new JsonObject
                {
                    ["uri"] = new JsonObject { [m.Kind == UriMatchKind.Exact ? "exact" : "prefix"] = m.Value },
                })]);
            }

            rule["route"] = new JsonArray(new JsonObject
            {
                ["destination"] = new JsonObject
                {
                    ["host"] = service is null ? h.Destination.Service : KubernetesNames.Host(service, route.Namespace),
                    ["port"] = new JsonObject { ["number"] = h.Destination.Port },
                },
            });
            return (JsonNode)rule;
        });

        var body = new JsonObject
        {
            ["apiVersion"] = KubernetesNames.Of(version),
            ["kind"] = "VirtualService",
            ["metadata"] = Metadata(route.Name, route.Namespace),
            ["spec"] = new JsonObject
            {
                ["hosts"] = Strings(route.Hosts),
                ["gateways"] = Strings(route.Gateways.Select(name => GatewayReference(name, route.Namespace, gateways))),
                ["http"] = new JsonArray([.. http]),
            },
        };
        return new BuiltObject("VirtualService", route.Name, route.Namespace, body);
    }

    public static BuiltObject DestinationRule(Service service, IstioApiVersion version)
    {
        var body = new JsonObject
        {
            ["apiVersion"] = KubernetesNames.Of(version),
            ["kind"] = "DestinationRule",
            ["metadata"] = Metadata(service.Name, service.Namespace),
            ["spec"] = new JsonObject
            {
                ["host"] = service.Name,
                ["subsets"] = new JsonArray([.. service.Versions.Select(v => (JsonNode)new JsonObject
                {
                    ["name"] = v.Name,
                    ["labels"] = new JsonObject { ["version"] = v.Name },
                })]),
            },
        };
        return new BuiltObject("DestinationRule", service.Name, service.Namespace, body);
    }

    public static BuiltObject TrafficRoute(Service service, IstioApiVersion version)
    {
        var destinations = service.Traffic switch
        {
            AllToVersionPolicy all => [Destination(service, all.Version, weight: null)],
            WeightedPolicy weighted => weighted.Weights.Select(w => Destination(service, w.Version, w.Weight)).ToArray(),
            _ => throw new InvalidOperationException($"Service '{service.Name}' spreads traffic and needs no VirtualService."),
        };

        var body = new JsonObject
        {
            ["apiVersion"] = KubernetesNames.Of(version),
            ["kind"] = "VirtualService",
            ["metadata"] = Metadata(service.Name, service.Namespace),
            ["spec"] = new JsonObject
            {
                ["hosts"] = new JsonArray(service.Name),
                ["http"] = new JsonArray(new JsonObject { ["route"] = new JsonArray(destinations) }),
            },
        };
        return new BuiltObject("VirtualService", service.Name, service.Namespace, body);
    }

    private static JsonNode Destination(Service service, string subset, int? weight)
    {
        var route = new JsonObject
        {
            ["destination"] = new JsonObject { ["host"] = service.Name, ["subset"] = subset },
        };
        if (weight is { } w)
        {
            route["weight"] = w;
        }

        return route;
    }

    private static string GatewayReference(string name, string fromNamespace, IReadOnlyList<Gateway> gateways)
    {
        var gateway = gateways.FirstOrDefault(g => g.Name == name);
        return gateway is null || gateway.Namespace == fromNamespace ? name : $"{gateway.Namespace}/{name}";
    }

    private static JsonObject Metadata(string name, string @namespace) =>
        new() { ["name"] = name, ["namespace"] = @namespace };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static void AddQuantities(JsonObject resources, string key, string? cpu, string? memory)
    {
        var map = new JsonObject();
        if (cpu is not null)
        {
            map["cpu"] = cpu;
        }

        if (memory is not null)
        {
            map["memory"] = memory;
        }

        if (map.Count > 0)
        {
            resources[key] = map;
        }
    }
}
