using System;
using System.Collections.Generic;
using Manifests.Model;
using Manifests.Rules;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// Builds <see cref="MeshFacts"/> from the syntax of a mesh declaration. The model is compiled into the generator,
/// so types and properties are named with <c>nameof</c>, and a property that is not set takes the model's own
/// default (<see cref="ModelDefaults"/>). A value the syntax does not show is null, and an item of a list it does
/// not show is a placeholder with a null name. Each fact is located at the C# that gives it: a name at its string,
/// a reference at the element naming it.
/// </summary>
internal sealed partial class MeshSyntaxReader
{
    private readonly SyntaxReader reader;

    public MeshSyntaxReader(SyntaxReader reader) => this.reader = reader;

    public MeshFacts? ReadMesh(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } mesh || !mesh.Is<Mesh>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(mesh.Argument(nameof(Mesh.Name)));
        return new MeshFacts
        {
            Name = name,
            Location = location,
            Clusters = ReadEach(mesh, nameof(Mesh.Clusters), ReadCluster, at => new ClusterFacts { Name = null, Location = at }),
            Services = ReadEach(mesh, nameof(Mesh.Services), ReadService, UnknownService),
            Ingress = ReadIngress(mesh),
        };
    }

    private ClusterFacts? ReadCluster(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } cluster || !cluster.Is<Cluster>())
        {
            return null;
        }

        var (name, location) = reader.ReadString(cluster.Argument(nameof(Cluster.Name)));
        return new ClusterFacts { Name = name, Location = location };
    }

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

    /// <summary>The namespace, at where it is written; the model's default, at <paramref name="owner"/>, when it is not set.</summary>
    private Located<string?> Namespace(ModelObject model, string property, string defaultNamespace, FactLocation owner)
    {
        if (!model.Sets(property))
        {
            return new Located<string?>(defaultNamespace, owner);
        }

        var (value, location) = reader.ReadString(model.Property(property));
        return new Located<string?>(value, location);
    }

    private FactLocation? LocationOf(ScopedExpression? expression) => expression is { } given ? reader.Locate(reader.Resolve(given) ?? given) : null;

    private static bool IsNullLiteral(ScopedExpression? expression) =>
        expression is { Syntax: LiteralExpressionSyntax literal } && literal.RawKind == (int)SyntaxKind.NullLiteralExpression;

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

    /// <summary>
    /// Reads a list property item by item. Not set: empty (every list of the model defaults to empty or is
    /// required). Not visible, or partly: the visible items plus a placeholder, so rules that need the
    /// whole list (is this name declared?) can tell it is incomplete.
    /// </summary>
    private List<T> ReadEach<T>(ModelObject owner, string property, Func<ScopedExpression, T?> read, Func<FactLocation, T?> placeholder)
        where T : class
    {
        var items = new List<T>();
        if (owner.Property(property) is not { } list)
        {
            return items;
        }

        var (elements, complete) = reader.ReadList(list);
        foreach (var element in elements)
        {
            if ((read(element) ?? placeholder(reader.Locate(element))) is { } item)
            {
                items.Add(item);
            }
        }

        if (!complete && placeholder(reader.Locate(list)) is { } unknown)
        {
            items.Add(unknown);
        }

        return items;
    }

    /// <summary>A list of names (clusters of a version, calls of a service), each at the element that names it.</summary>
    private List<NameReference> ReadReferences(ModelObject owner, string property) =>
        ReadEach(owner, property, element => ReadReference(element), at => new NameReference(null, at));

    private NameReference ReadReference(ScopedExpression element)
    {
        var (name, location) = reader.ReadString(element);
        return new NameReference(name, location);
    }
}
