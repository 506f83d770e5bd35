using Manifests.Model;
using Manifests.Rules;

namespace Manifests.Generator.Topology.Reading;

// Generator only: the workloads' facts read from the syntax of a declaration (the render reads them from values in WorkloadFacts.cs).
internal sealed partial class MeshSyntaxReader
{
    private ServiceFacts? ReadService(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } service || !service.Is<Service>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(service.Argument(nameof(Service.Name)));
        return new ServiceFacts
        {
            Name = name,
            Location = location,
            Namespace = Namespace(service, nameof(Service.Namespace), ModelDefaults.Namespace, location),
            Ports = ReadEach(service, nameof(Service.Ports), ReadPort, UnknownPort),
            Calls = ReadReferences(service, nameof(Service.Calls)),
            Versions = ReadEach(service, nameof(Service.Versions), ReadVersion, UnknownVersion),
            Traffic = service.Sets(nameof(Service.Traffic)) ? ReadTraffic(service.Property(nameof(Service.Traffic))) : DefaultTraffic(location),
            Destination = ReadDestination(service.Property(nameof(Service.Destination))),
        };
    }

    private PortFacts? ReadPort(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } port || !port.Is<ServicePort>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(port.Argument(nameof(ServicePort.Name)));
        var number = reader.ReadInt(port.Argument(nameof(ServicePort.Number)));
        var targetPort = reader.ReadInt(port.Property(nameof(ServicePort.TargetPort)));

        // A target port that is set but not visible must not read as "same as the number": hide the number too.
        var targetUnknown = port.Sets(nameof(ServicePort.TargetPort)) && targetPort == null && !IsNullLiteral(port.Property(nameof(ServicePort.TargetPort)));
        return new PortFacts
        {
            Name = name,
            Location = location,
            Number = new(targetUnknown ? null : number, LocationOf(port.Argument(nameof(ServicePort.Number))) ?? location),
            TargetPort = new(targetPort, LocationOf(port.Property(nameof(ServicePort.TargetPort))) ?? location),
        };
    }

    private VersionFacts? ReadVersion(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } version || !version.Is<ServiceVersion>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(version.Argument(nameof(ServiceVersion.Name)));
        var (image, imageLocation) = reader.ReadString(version.Property(nameof(ServiceVersion.Image)));
        var replicas = version.Sets(nameof(ServiceVersion.Replicas)) ? reader.ReadInt(version.Property(nameof(ServiceVersion.Replicas))) : ModelDefaults.Replicas;
        return new VersionFacts
        {
            Name = name,
            Location = location,
            Image = new(image, image == null ? location : imageLocation),
            Clusters = ReadReferences(version, nameof(ServiceVersion.Clusters)),
            ContainerPort = new(
                reader.ReadInt(version.Property(nameof(ServiceVersion.ContainerPort))),
                LocationOf(version.Property(nameof(ServiceVersion.ContainerPort))) ?? location),
            Replicas = new(replicas, LocationOf(version.Property(nameof(ServiceVersion.Replicas))) ?? location),
            Env = ReadEach(version, nameof(ServiceVersion.Env), ReadLiteralVariable, _ => null),
        };
    }

    private EnvFacts? ReadLiteralVariable(ScopedExpression expression)
    {
        // Only literals are facts (a FromSecret reference is always fine); an unknown variable is simply not one.
        if (reader.ReadObject(expression) is not { } variable || !variable.Is<EnvironmentVariable>(nameof(EnvironmentVariable.Literal)))
        {
            return null;
        }

        var (name, location) = reader.ReadString(variable.Argument(nameof(EnvironmentVariable.Name)));
        return new EnvFacts { Name = name, IsLiteral = true, Location = location };
    }

    private static ServiceFacts UnknownService(FactLocation at) =>
        new() { Name = null, Location = at, Namespace = new(null, at), Traffic = null };

    private static PortFacts UnknownPort(FactLocation at) =>
        new() { Name = null, Location = at, Number = new(null, at), TargetPort = new(null, at) };

    // An unknown version runs on unknown clusters, not on none: a one-item list with an unknown name keeps "runs nowhere" silent.
    private static VersionFacts UnknownVersion(FactLocation at) => new()
    {
        Name = null,
        Location = at,
        Image = new(null, at),
        Clusters = new[] { new NameReference(null, at) },
        ContainerPort = new(null, at),
        Replicas = new(null, at),
    };
}
