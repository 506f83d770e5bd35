using System.Collections.Generic;
using System.Linq;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// "Is this name declared?" needs the whole list of declarations. When syntax shows only part of a
/// list (an item with an unknown name), references into it become unknown, so the rules stay silent
/// rather than report a name the hidden part may well declare.
/// </summary>
internal static class PartialListReferences
{
    public static MeshFacts Hide(MeshFacts mesh)
    {
        var clustersKnown = mesh.Clusters.All(c => c.Name != null);
        var servicesKnown = mesh.Services.All(s => s.Name != null);
        var gatewaysKnown = mesh.Ingress.Gateways.All(g => g.Name != null);
        var ingressGatewaysKnown = mesh.Ingress.IngressGateways.All(i => i.Name != null);

        return mesh with
        {
            Services = mesh.Services.Select(service => service with
            {
                Calls = servicesKnown ? service.Calls : Unknown(service.Calls),
                Versions = clustersKnown ? service.Versions : service.Versions.Select(v => v with { Clusters = Unknown(v.Clusters) }).ToList(),
                Traffic = service.Traffic == null || service.Versions.All(v => v.Name != null)
                    ? service.Traffic
                    : service.Traffic with { Weights = service.Traffic.Weights.Select(w => w with { Version = w.Version with { Name = null } }).ToList() },
            }).ToList(),
            Ingress = mesh.Ingress with
            {
                Gateways = ingressGatewaysKnown
                    ? mesh.Ingress.Gateways
                    : mesh.Ingress.Gateways.Select(g => g with { IngressGateway = g.IngressGateway with { Name = null } }).ToList(),
                Routes = mesh.Ingress.Routes.Select(route => route with
                {
                    Gateways = gatewaysKnown ? route.Gateways : Unknown(route.Gateways),
                    Destinations = servicesKnown
                        ? route.Destinations
                        : route.Destinations.Select(d => d with { Service = d.Service with { Name = null } }).ToList(),
                }).ToList(),
            },
        };
    }

    // Keeps the count (a version with one unknown cluster still runs somewhere), drops the names.
    private static IReadOnlyList<NameReference> Unknown(IReadOnlyList<NameReference> references) =>
        references.Select(r => r with { Name = null }).ToList();
}
