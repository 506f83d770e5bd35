using System.Collections.Generic;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// A model value as written: a constructor call with its arguments and initializer, or a static
/// factory (<c>TrafficPolicy.AllTo</c>, <c>EnvironmentVariable.Literal</c>) with its arguments.
/// </summary>
internal sealed class ModelObject
{
    private readonly Dictionary<string, ScopedExpression> properties;

    public ModelObject(string typeName, string? factory, ScopedExpression origin, ModelArguments arguments, Dictionary<string, ScopedExpression> properties)
    {
        TypeName = typeName;
        Factory = factory;
        Origin = origin;
        Arguments = arguments;
        this.properties = properties;
    }

    /// <summary>The created type, or the type declaring the factory, fully qualified (<c>Manifests.Model.Cluster</c>).</summary>
    public string TypeName { get; }

    /// <summary>The factory method or static property; null for a constructor call.</summary>
    public string? Factory { get; }

    /// <summary>The expression that makes the value.</summary>
    public ScopedExpression Origin { get; }

    /// <summary>The arguments, by parameter name.</summary>
    public ModelArguments Arguments { get; }

    public bool Is(string typeName, string? factory = null) => TypeName == typeName && Factory == factory;

    /// <summary>The argument given for <paramref name="parameter"/>, if written.</summary>
    public ScopedExpression? Argument(string parameter) => Arguments.Single.TryGetValue(parameter, out var value) ? value : null;

    /// <summary>The value an object initializer gives <paramref name="property"/>, if written.</summary>
    public ScopedExpression? Property(string property) => properties.TryGetValue(property, out var value) ? value : null;

    /// <summary>Whether the initializer sets <paramref name="property"/>.</summary>
    public bool Sets(string property) => properties.ContainsKey(property);
}

/// <summary>Written arguments by parameter name; a params parameter given value by value has them in <see cref="Expanded"/>.</summary>
internal sealed class ModelArguments
{
    public ModelArguments(Dictionary<string, ScopedExpression> single, Dictionary<string, IReadOnlyList<ScopedExpression>> expanded)
    {
        Single = single;
        Expanded = expanded;
    }

    public static ModelArguments None { get; } = new(new Dictionary<string, ScopedExpression>(), new Dictionary<string, IReadOnlyList<ScopedExpression>>());

    public IReadOnlyDictionary<string, ScopedExpression> Single { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ScopedExpression>> Expanded { get; }
}
