using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Render.Check;

/// <summary>Reads the facts the shared topology rules check out of a real <see cref="Mesh"/> value.</summary>
internal static class MeshFactsReader
{
    public static MeshFacts Read(Mesh mesh) => new(
        mesh.Name,
        At(mesh.Source),
        mesh.Clusters.Select(c => new ClusterFacts(c.Name, At(c.Source))).ToList(),
        mesh.Services.Select(Service).ToList(),
        mesh.IngressGateways.Select(g => new IngressGatewayFacts(g.Name, g.Namespace, At(g.Source), g.Ports.Select(p => (int?)p.Port).ToList())).ToList(),
        mesh.Gateways.Select(g => new GatewayFacts(
            g.Name,
            g.Namespace,
            At(g.Source),
            new NameReference(g.IngressGateway, At(g.Source)),
            g.Servers.Select(s => new GatewayServerFacts(s.Port, s.Hosts.Select(h => (string?)h).ToList(), At(g.Source))).ToList())).ToList(),
        mesh.IngressRoutes.Select(r => new IngressRouteFacts(
            r.Name,
            r.Namespace,
            At(r.Source),
            r.Gateways.Select(g => new NameReference(g, At(r.Source))).ToList(),
            r.Hosts.Select(h => (string?)h).ToList(),
            r.Http.Select(h => new DestinationFacts(new NameReference(h.Destination.Service, At(r.Source)), h.Destination.Port, At(r.Source))).ToList())).ToList());

    private static ServiceFacts Service(Service service)
    {
        var at = At(service.Source);
        return new ServiceFacts(
            service.Name,
            service.Namespace,
            at,
            service.Ports.Select(p => new PortFacts(p.Name, p.Number, p.TargetPort, at)).ToList(),
            service.Calls.Select(c => new NameReference(c, at)).ToList(),
            service.Versions.Select(v => new VersionFacts(
                v.Name,
                At(v.Source),
                v.Image,
                At(v.Source),
                v.Clusters.Select(c => new NameReference(c, At(v.Source))).ToList(),
                v.ContainerPort,
                v.Replicas,
                v.Env.Where(e => e.Value is not null).Select(e => new EnvFacts(e.Name, true, At(v.Source))).ToList())).ToList(),
            Policy(service.Traffic, at));
    }

    private static PolicyFacts Policy(TrafficPolicy policy, FactLocation at) => policy switch
    {
        AllToVersionPolicy all => new PolicyFacts(PolicyKind.AllTo, [new WeightFacts(new NameReference(all.Version, at), null)], at),
        WeightedPolicy weighted => new PolicyFacts(
            PolicyKind.Weighted,
            weighted.Weights.Select(w => new WeightFacts(new NameReference(w.Version, at), w.Weight)).ToList(),
            at),
        _ => new PolicyFacts(PolicyKind.Spread, [], at),
    };

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;
}
