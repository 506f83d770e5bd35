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
        return new MeshFacts
        {
            Name = mesh.Name,
            Location = At(mesh.Source),
            Clusters = Map(mesh.Clusters, c => new ClusterFacts { Name = c.Name, Location = At(c.Source) }),
            Services = Map(mesh.Services, s => Service(s, services, versions)),
            Ingress = new IngressFacts
            {
                IngressGateways = Map(mesh.IngressGateways, IngressGateway),
                Gateways = Map(mesh.Gateways, Gateway),
                Routes = Map(mesh.IngressRoutes, Route),
            },
        };
    }

    private static ServiceFacts Service(Service service, SharedLocation services, SharedLocation versions)
    {
        var at = services.At(service.Source);
        var ports = New<PortFacts>(service.Ports.Count);
        for (var i = 0; i < ports.Length; i++)
        {
            var port = service.Ports[i];
            ports[i] = new PortFacts { Name = port.Name, Location = at, Number = new(port.Number, at), TargetPort = new(port.TargetPort, at) };
        }

        var versionFacts = New<VersionFacts>(service.Versions.Count);
        for (var i = 0; i < versionFacts.Length; i++)
        {
            versionFacts[i] = Version(service.Versions[i], versions.At(service.Versions[i].Source));
        }

        return new ServiceFacts
        {
            Name = service.Name,
            Location = at,
            Namespace = new(service.Namespace, at),
            Ports = ports,
            Calls = References(service.Calls, at),
            Versions = versionFacts,
            Traffic = Traffic(service.Traffic, at),
        };
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
                env[next++] = new EnvFacts { Name = variable.Name, IsLiteral = true, Location = at };
            }
        }

        return new VersionFacts
        {
            Name = version.Name,
            Location = at,
            Image = new(version.Image, at),
            Clusters = References(version.Clusters, at),
            ContainerPort = new(version.ContainerPort, at),
            Replicas = new(version.Replicas, at),
            Env = env,
        };
    }

    private static TrafficFacts Traffic(TrafficPolicy policy, FactLocation at)
    {
        switch (policy)
        {
            case WeightedPolicy weighted:
                var weights = New<WeightFacts>(weighted.Weights.Count);
                for (var i = 0; i < weights.Length; i++)
                {
                    weights[i] = new WeightFacts { Version = new NameReference(weighted.Weights[i].Version, at), Weight = weighted.Weights[i].Weight };
                }

                return new TrafficFacts { Kind = PolicyKind.Weighted, Weights = weights, Location = at };
            default:
                return new TrafficFacts { Kind = PolicyKind.Spread, Location = at };
        }
    }

    private static IngressGatewayFacts IngressGateway(IngressGateway gateway)
    {
        var at = At(gateway.Source);
        return new IngressGatewayFacts { Name = gateway.Name, Location = at, Namespace = new(gateway.Namespace, at), Ports = Map(gateway.Ports, p => (int?)p.Port) };
    }

    private static GatewayFacts Gateway(Gateway gateway)
    {
        var at = At(gateway.Source);
        return new GatewayFacts
        {
            Name = gateway.Name,
            Location = at,
            Namespace = new(gateway.Namespace, at),
            IngressGateway = new NameReference(gateway.IngressGateway, at),
            Servers = Map(gateway.Servers, s => new GatewayServerFacts { Port = s.Port, Hosts = Map(s.Hosts, h => (string?)h), Location = at }),
        };
    }

    private static IngressRouteFacts Route(IngressRoute route)
    {
        var at = At(route.Source);
        return new IngressRouteFacts
        {
            Name = route.Name,
            Location = at,
            Namespace = new(route.Namespace, at),
            Gateways = References(route.Gateways, at),
            Hosts = Map(route.Hosts, h => new Located<string?>(h, at)),
            Destinations = Map(route.Http, h => new DestinationFacts { Service = new NameReference(h.Destination.Service, at), Port = h.Destination.Port, Location = at }),
        };
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
