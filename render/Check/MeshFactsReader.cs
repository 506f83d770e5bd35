using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Render.Check;

/// <summary>Reads the facts the shared topology rules check out of a real <see cref="Mesh"/> value.</summary>
/// <remarks>
/// Lists are arrays of the exact size, and a declaration's location is made once and shared by every fact it
/// holds (and by the next declaration written at the same place): this runs over every service and version of
/// the mesh on each render.
/// </remarks>
internal static class MeshFactsReader
{
    public static MeshFacts Read(Mesh mesh)
    {
        var services = new SharedLocation();
        var versions = new SharedLocation();
        return new MeshFacts(
            mesh.Name,
            At(mesh.Source),
            Map(mesh.Clusters, c => new ClusterFacts(c.Name, At(c.Source))),
            Map(mesh.Services, s => Service(s, services, versions)),
            Map(mesh.IngressGateways, g => new IngressGatewayFacts(g.Name, g.Namespace, At(g.Source), Map(g.Ports, p => (int?)p.Port))),
            Map(mesh.Gateways, Gateway),
            Map(mesh.IngressRoutes, Route));
    }

    private static ServiceFacts Service(Service service, SharedLocation services, SharedLocation versions)
    {
        var at = services.At(service.Source);
        var ports = New<PortFacts>(service.Ports.Count);
        for (var i = 0; i < ports.Length; i++)
        {
            var port = service.Ports[i];
            ports[i] = new PortFacts(port.Name, port.Number, port.TargetPort, at);
        }

        var versionFacts = New<VersionFacts>(service.Versions.Count);
        for (var i = 0; i < versionFacts.Length; i++)
        {
            versionFacts[i] = Version(service.Versions[i], versions.At(service.Versions[i].Source));
        }

        return new ServiceFacts(service.Name, service.Namespace, at, ports, References(service.Calls, at), versionFacts, Policy(service.Traffic, at));
    }

    private static VersionFacts Version(ServiceVersion version, FactLocation at)
    {
        var literals = 0;
        foreach (var variable in version.Env)
        {
            literals += variable.Value is not null ? 1 : 0;
        }

        var env = New<EnvFacts>(literals);
        var next = 0;
        foreach (var variable in version.Env)
        {
            if (variable.Value is not null)
            {
                env[next++] = new EnvFacts(variable.Name, true, at);
            }
        }

        return new VersionFacts(version.Name, at, version.Image, at, References(version.Clusters, at), version.ContainerPort, version.Replicas, env);
    }

    private static PolicyFacts Policy(TrafficPolicy policy, FactLocation at)
    {
        switch (policy)
        {
            case WeightedPolicy weighted:
                var weights = New<WeightFacts>(weighted.Weights.Count);
                for (var i = 0; i < weights.Length; i++)
                {
                    weights[i] = new WeightFacts(new NameReference(weighted.Weights[i].Version, at), weighted.Weights[i].Weight);
                }

                return new PolicyFacts(PolicyKind.Weighted, weights, at);
            default:
                return new PolicyFacts(PolicyKind.Spread, [], at);
        }
    }

    private static GatewayFacts Gateway(Gateway gateway)
    {
        var at = At(gateway.Source);
        return new GatewayFacts(
            gateway.Name,
            gateway.Namespace,
            at,
            new NameReference(gateway.IngressGateway, at),
            Map(gateway.Servers, s => new GatewayServerFacts(s.Port, Map(s.Hosts, h => (string?)h), at)));
    }

    private static IngressRouteFacts Route(IngressRoute route)
    {
        var at = At(route.Source);
        return new IngressRouteFacts(
            route.Name,
            route.Namespace,
            at,
            References(route.Gateways, at),
            Map(route.Hosts, h => (string?)h),
            Map(route.Http, h => new DestinationFacts(new NameReference(h.Destination.Service, at), h.Destination.Port, at)));
    }

    private static NameReference[] References(IReadOnlyList<string> names, FactLocation at)
    {
        var references = New<NameReference>(names.Count);
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = new NameReference(names[i], at);
        }

        return references;
    }

    private static TOut[] Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> read)
    {
        var facts = New<TOut>(items.Count);
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = read(items[i]);
        }

        return facts;
    }

    private static T[] New<T>(int count) => count == 0 ? [] : new T[count];

    private static FactLocation At(SourceLocation source) =>
        source.IsKnown ? new FactLocation(source.FilePath, source.Line) : FactLocation.None;

    /// <summary>
    /// The location of the last declaration of one kind, given again to the next one written at the same place:
    /// a mesh built in a loop declares thousands of services, or versions, at one file and line.
    /// </summary>
    private sealed class SharedLocation
    {
        private FactLocation? _last;

        public FactLocation At(SourceLocation source)
        {
            if (_last is { } last && last.Line == source.Line && string.Equals(last.FilePath, source.FilePath, StringComparison.Ordinal))
            {
                return last;
            }

            var at = MeshFactsReader.At(source);
            _last = source.IsKnown ? at : _last;
            return at;
        }
    }
}
