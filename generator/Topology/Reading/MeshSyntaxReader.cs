using System;
using System.Collections.Generic;
using Manifests.Rules;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// Builds <see cref="MeshFacts"/> from the syntax of a mesh declaration. Defaults of the model
/// (namespace <c>default</c>, one replica, spread traffic) are facts when a property is not set; a value
/// the syntax does not show is null, and an item of a list it does not show is a placeholder with a null name.
/// Each fact is located at the C# that gives it: a name at its string, a reference at the element naming it.
/// </summary>
internal sealed partial class MeshSyntaxReader
{
    private readonly SyntaxReader reader;

    public MeshSyntaxReader(SyntaxReader reader) => this.reader = reader;

    public MeshFacts? ReadMesh(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } mesh || !mesh.Is(ModelTypeNames.Mesh))
        {
            return null;
        }

        var (name, location) = reader.ReadString(mesh.Argument("name"));
        return new MeshFacts(
            name,
            location,
            ReadEach(mesh, "Clusters", ReadCluster, at => new ClusterFacts(null, at)),
            ReadEach(mesh, "Services", ReadService, UnknownService),
            ReadEach(mesh, "IngressGateways", ReadIngressGateway, at => new IngressGatewayFacts(null, null, at, new int?[] { null })),
            ReadEach(mesh, "Gateways", ReadGateway, at => new GatewayFacts(null, null, at, new NameReference(null, at), new[] { UnknownServer(at) })),
            ReadEach(mesh, "IngressRoutes", ReadIngressRoute, at => new IngressRouteFacts(null, null, at, new List<NameReference>(), new string?[] { null }, new List<DestinationFacts>())));
    }

    private ClusterFacts? ReadCluster(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } cluster || !cluster.Is(ModelTypeNames.Cluster))
        {
            return null;
        }

        var (name, location) = reader.ReadString(cluster.Argument("name"));
        return new ClusterFacts(name, location);
    }

    private ServiceFacts? ReadService(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } service || !service.Is(ModelTypeNames.Service))
        {
            return null;
        }

        var (name, location) = reader.ReadString(service.Argument("name"));
        var (serviceNamespace, namespaceLocation) = Namespace(service, "default");
        return new ServiceFacts(
            name,
            serviceNamespace,
            location,
            ReadEach(service, "Ports", ReadPort, at => new PortFacts(null, null, null, at)),
            ReadReferences(service, "Calls"),
            ReadEach(service, "Versions", ReadVersion, UnknownVersion),
            service.Sets("Traffic") ? ReadPolicy(service.Property("Traffic")) : new PolicyFacts(PolicyKind.Spread, new List<WeightFacts>(), location),
            namespaceLocation);
    }

    private PortFacts? ReadPort(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } port || !port.Is(ModelTypeNames.ServicePort))
        {
            return null;
        }

        var (name, location) = reader.ReadString(port.Argument("Name"));
        var number = reader.ReadInt(port.Argument("Number"));
        var targetPort = reader.ReadInt(port.Property("TargetPort"));

        // A target port that is set but not visible must not read as "same as the number": hide the number too.
        var targetUnknown = port.Sets("TargetPort") && targetPort == null && !IsNullLiteral(port.Property("TargetPort"));
        return new PortFacts(name, targetUnknown ? null : number, targetPort, location, LocationOf(port.Argument("Number")), LocationOf(port.Property("TargetPort")));
    }

    private VersionFacts? ReadVersion(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } version || !version.Is(ModelTypeNames.ServiceVersion))
        {
            return null;
        }

        var (name, location) = reader.ReadString(version.Argument("name"));
        var (image, imageLocation) = reader.ReadString(version.Property("Image"));
        return new VersionFacts(
            name,
            location,
            image,
            image == null ? location : imageLocation,
            ReadReferences(version, "Clusters"),
            reader.ReadInt(version.Property("ContainerPort")),
            version.Sets("Replicas") ? reader.ReadInt(version.Property("Replicas")) : 1,
            ReadEach(version, "Env", ReadLiteralVariable, _ => null),
            LocationOf(version.Property("ContainerPort")),
            LocationOf(version.Property("Replicas")));
    }

    private EnvFacts? ReadLiteralVariable(ScopedExpression expression)
    {
        // Only literals are facts (a FromSecret reference is always fine); an unknown variable is simply not one.
        if (reader.ReadObject(expression) is not { } variable || !variable.Is(ModelTypeNames.EnvironmentVariable, "Literal"))
        {
            return null;
        }

        var (name, location) = reader.ReadString(variable.Argument("name"));
        return new EnvFacts(name, true, location);
    }

    private PolicyFacts? ReadPolicy(ScopedExpression? expression)
    {
        var policy = reader.ReadObject(expression);
        var location = policy == null ? FactLocation.None : reader.Locate(policy.Origin);
        if (policy == null || policy.TypeName != ModelTypeNames.TrafficPolicy)
        {
            return null;
        }

        switch (policy.Factory)
        {
            case "Spread":
                return new PolicyFacts(PolicyKind.Spread, new List<WeightFacts>(), location);
            case "AllTo":
                var (version, versionLocation) = reader.ReadString(policy.Argument("version"));
                return new PolicyFacts(PolicyKind.AllTo, new[] { new WeightFacts(new NameReference(version, versionLocation), null) }, location);
            case "Weighted":
                var (items, complete) = reader.ReadArgumentList(policy, "weights");
                var weights = new List<WeightFacts>();
                foreach (var item in items)
                {
                    weights.Add(ReadWeight(item));
                }

                if (!complete)
                {
                    weights.Add(new WeightFacts(new NameReference(null, location), null));
                }

                return new PolicyFacts(PolicyKind.Weighted, weights, location);
            default:
                return null;
        }
    }

    private WeightFacts ReadWeight(ScopedExpression expression)
    {
        if (reader.ReadObject(expression) is not { } weight || !weight.Is(ModelTypeNames.VersionWeight))
        {
            return new WeightFacts(new NameReference(null, reader.Locate(expression)), null);
        }

        var (version, location) = reader.ReadString(weight.Argument("Version"));
        return new WeightFacts(new NameReference(version, location), reader.ReadInt(weight.Argument("Weight")));
    }

    /// <summary>The namespace and where it is written; the model's default (and no place) when it is not set.</summary>
    private (string? Value, FactLocation? Location) Namespace(ModelObject model, string defaultNamespace)
    {
        if (!model.Sets("Namespace"))
        {
            return (defaultNamespace, null);
        }

        var (value, location) = reader.ReadString(model.Property("Namespace"));
        return (value, location);
    }

    private FactLocation? LocationOf(ScopedExpression? expression) => expression is { } given ? reader.Locate(reader.Resolve(given) ?? given) : null;

    private static bool IsNullLiteral(ScopedExpression? expression) =>
        expression is { Syntax: LiteralExpressionSyntax literal } && literal.RawKind == (int)SyntaxKind.NullLiteralExpression;

    private static ServiceFacts UnknownService(FactLocation at) =>
        new(null, null, at, new List<PortFacts>(), new List<NameReference>(), new List<VersionFacts>(), null);

    // An unknown version runs on unknown clusters, not on none: a one-item list with an unknown name keeps "runs nowhere" silent.
    private static VersionFacts UnknownVersion(FactLocation at) =>
        new(null, at, null, at, new[] { new NameReference(null, at) }, null, null, new List<EnvFacts>());

    private static GatewayServerFacts UnknownServer(FactLocation at) => new(null, new string?[] { null }, at);

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
