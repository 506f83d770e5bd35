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
            Clusters = ReadEach(mesh, nameof(Mesh.Clusters), ReadCluster, at => new ClusterFacts { Name = null, Location = at, RegionKnown = false }),
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
        var region = cluster.Property(nameof(Cluster.Region));
        var (regionName, _) = reader.ReadString(region);
        return new ClusterFacts
        {
            Name = name,
            Location = location,
            Region = regionName,
            RegionKnown = region == null || IsNullLiteral(region) || regionName != null,
        };
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
