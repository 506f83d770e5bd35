using k8s.Models;
using Manifests.Model;
using Istio = Manifests.Crds.Istio.Networking.V1;

namespace Manifests.Render.Build.Routing;

/// <summary>
/// Builds a service's routing objects with the types generated from the shipped Istio CRDs: the DestinationRule
/// (its destination policy, a subset per version) and the VirtualService (the weights), built with the v1 types and labelled with the
/// version the mesh declares (Istio serves one schema for all three).
/// </summary>
internal static class RoutingBuilder
{
    /// <summary>The service's DestinationRule: its destination policy if it has one, and a subset per version when its traffic is divided by weight.</summary>
    public static BuiltObject DestinationRule(Service service, IstioApiVersion version)
    {
        var body = new Istio.DestinationRule
        {
            ApiVersion = KubernetesNames.Of(version),
            Metadata = new V1ObjectMeta { Name = service.Name, NamespaceProperty = service.Namespace },
            Spec = new Istio.DestinationRuleSpec
            {
                Host = service.Name,
                TrafficPolicy = service.Destination is { } policy ? DestinationPolicyBuilder.TrafficPolicy(policy) : null,
                Subsets = service.Traffic is WeightedPolicy
                    ? service.Versions.Select(v => new Istio.DestinationRuleSpecSubsets
                    {
                        Name = v.Name,
                        Labels = Labels.Of(("version", v.Name)),
                    }).ToList()
                    : null,
            },
        };
        return new BuiltObject(Istio.DestinationRule.KubeKind, service.Name, service.Namespace, body);
    }

    public static BuiltObject TrafficRoute(Service service, WeightedPolicy policy, IstioApiVersion version)
    {
        var weights = policy.Weights;
        // One destination takes every request: written without a weight, as Istio's examples and the seed write "all to v3".
        List<Istio.VirtualServiceSpecHttpRoute> destinations = weights is [{ Weight: VersionWeight.Full } only]
            ? [Destination(service, only.Version, weight: null)]
            : weights.Select(w => Destination(service, w.Version, w.Weight)).ToList();

        var body = new Istio.VirtualService
        {
            ApiVersion = KubernetesNames.Of(version),
            Metadata = new V1ObjectMeta { Name = service.Name, NamespaceProperty = service.Namespace },
            Spec = new Istio.VirtualServiceSpec
            {
                Hosts = [service.Name],
                Http = [new Istio.VirtualServiceSpecHttp { Route = destinations }],
            },
        };
        return new BuiltObject(Istio.VirtualService.KubeKind, service.Name, service.Namespace, body);
    }

    private static Istio.VirtualServiceSpecHttpRoute Destination(Service service, string subset, int? weight) => new()
    {
        Destination = new Istio.VirtualServiceSpecHttpRouteDestination { Host = service.Name, Subset = subset },
        Weight = weight,
    };
}
