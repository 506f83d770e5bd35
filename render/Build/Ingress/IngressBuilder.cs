using k8s.Models;
using Manifests.Model;
using Asm = Manifests.Crds.Alibabacloud.Istio.V1Beta1;
using Istio = Manifests.Crds.Istio.Networking.V1;

namespace Manifests.Render.Build.Ingress;

/// <summary>
/// Builds the ingress path with the types generated from the shipped CRDs: the ASM IstioGateway, Istio's Gateway
/// and the VirtualService bound to gateways.
/// </summary>
/// <remarks>
/// Istio serves v1alpha3, v1beta1 and v1 of its networking kinds with one schema (a test compares the
/// shipped CRD's versions), so objects are built once with the v1 types and labelled with the
/// version the mesh declares.
/// </remarks>
internal static class IngressBuilder
{
    public static BuiltObject IngressGateway(IngressGateway gateway)
    {
        var body = new Asm.IstioGateway
        {
            Metadata = new V1ObjectMeta
            {
                Name = gateway.Name,
                NamespaceProperty = gateway.Namespace,
                Annotations = gateway.ManagedByAsm ? Labels.Of(("asm.alibabacloud.com/managed-by-asm", "true")) : null,
            },
            Spec = new Asm.IstioGatewaySpec
            {
                GatewayType = gateway.GatewayType == GatewayType.Ingress ? Asm.IstioGatewaySpecGatewayType.Ingress : Asm.IstioGatewaySpecGatewayType.Egress,
                DnsPolicy = Enum.Parse<Asm.IstioGatewaySpecDnsPolicy>(gateway.Pods.DnsPolicy.ToString()),
                ExternalTrafficPolicy = Enum.Parse<Asm.IstioGatewaySpecExternalTrafficPolicy>(gateway.ExternalTrafficPolicy.ToString()),
                HostNetwork = gateway.Pods.HostNetwork,
                Ports = gateway.Ports.Select(p => new Asm.IstioGatewaySpecPorts
                {
                    Name = p.Name,
                    Port = p.Port,
                    Protocol = Enum.Parse<Asm.IstioGatewaySpecPortsProtocol>(p.Protocol.ToString()),
                    TargetPort = p.TargetPort,
                }).ToList(),
                ReplicaCount = gateway.Pods.Replicas,
                Resources = Resources(gateway.Resources),
                RollingMaxSurge = gateway.Rollout.MaxSurge,
                RollingMaxUnavailable = gateway.Rollout.MaxUnavailable,
                RunAsRoot = gateway.Pods.RunAsRoot,
                ServiceType = Enum.Parse<Asm.IstioGatewaySpecServiceType>(gateway.ServiceType.ToString()),
            },
        };
        return new BuiltObject(Asm.IstioGateway.KubeKind, gateway.Name, gateway.Namespace, body);
    }

    public static BuiltObject Gateway(Gateway gateway, IstioApiVersion version)
    {
        var body = new Istio.Gateway
        {
            ApiVersion = KubernetesNames.Of(version),
            Metadata = new V1ObjectMeta { Name = gateway.Name, NamespaceProperty = gateway.Namespace },
            Spec = new Istio.GatewaySpec
            {
                Selector = Labels.Of(("istio", gateway.IngressGateway)),
                Servers = gateway.Servers.Select(s => new Istio.GatewaySpecServers
                {
                    Port = new Istio.GatewaySpecServersPort { Number = s.Port, Name = s.PortName, Protocol = KubernetesNames.Of(s.Protocol) },
                    Hosts = s.Hosts.ToList(),
                }).ToList(),
            },
        };
        return new BuiltObject(Istio.Gateway.KubeKind, gateway.Name, gateway.Namespace, body);
    }

    public static BuiltObject IngressRoute(IngressRoute route, IReadOnlyList<Service> services, IReadOnlyList<Gateway> gateways, IstioApiVersion version)
    {
        var body = new Istio.VirtualService
        {
            ApiVersion = KubernetesNames.Of(version),
            Metadata = new V1ObjectMeta { Name = route.Name, NamespaceProperty = route.Namespace },
            Spec = new Istio.VirtualServiceSpec
            {
                Hosts = route.Hosts.ToList(),
                Gateways = route.Gateways.Select(name => GatewayReference(name, route.Namespace, gateways)).ToList(),
                Http = route.Http.Select(h => new Istio.VirtualServiceSpecHttp
                {
                    Match = h.Match.Count == 0 ? null : h.Match.Select(m => new Istio.VirtualServiceSpecHttpMatch
                    {
                        Uri = m.Kind == UriMatchKind.Exact
                            ? new Istio.VirtualServiceSpecHttpMatchUri { Exact = m.Value }
                            : new Istio.VirtualServiceSpecHttpMatchUri { Prefix = m.Value },
                    }).ToList(),
                    Route =
                    [
                        new Istio.VirtualServiceSpecHttpRoute
                        {
                            Destination = new Istio.VirtualServiceSpecHttpRouteDestination
                            {
                                Host = services.FirstOrDefault(s => s.Name == h.Destination.Service) is { } service
                                    ? KubernetesNames.Host(service, route.Namespace)
                                    : h.Destination.Service,
                                Port = new Istio.VirtualServiceSpecHttpRouteDestinationPort { Number = h.Destination.Port },
                            },
                        },
                    ],
                    Timeout = IstioDuration.Format(h.Timeout),
                }).ToList(),
            },
        };
        return new BuiltObject(Istio.VirtualService.KubeKind, route.Name, route.Namespace, body);
    }

    private static string GatewayReference(string name, string fromNamespace, IReadOnlyList<Gateway> gateways)
    {
        var gateway = gateways.FirstOrDefault(g => g.Name == name);
        return gateway is null || gateway.Namespace == fromNamespace ? name : $"{gateway.Namespace}/{name}";
    }

    private static Asm.IstioGatewaySpecResources? Resources(ComputeResources resources)
    {
        var limits = Quantities(resources.CpuLimit, resources.MemoryLimit);
        var requests = Quantities(resources.CpuRequest, resources.MemoryRequest);
        return limits is null && requests is null ? null : new Asm.IstioGatewaySpecResources { Limits = limits, Requests = requests };
    }

    private static IDictionary<string, string>? Quantities(string? cpu, string? memory)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (cpu is not null)
        {
            map["cpu"] = cpu;
        }

        if (memory is not null)
        {
            map["memory"] = memory;
        }

        return map.Count == 0 ? null : map;
    }
}
