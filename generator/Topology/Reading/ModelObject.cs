using System;
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

    /// <summary>Whether this makes a <typeparamref name="TModel"/> (the generator compiles the model, so its name is the model's own).</summary>
    public bool IsOf<TModel>() => TypeName == typeof(TModel).FullName;

    /// <summary>Whether this is a constructor call of <typeparamref name="TModel"/> (no <paramref name="factory"/>) or a call of that factory of it.</summary>
    public bool Is<TModel>(string? factory = null) => IsOf<TModel>() && Factory == factory;

    /// <summary>
    /// The argument given for the parameter that sets <paramref name="property"/>, if written. The model names a
    /// constructor or factory parameter after the property it sets (<c>name</c> sets <c>Name</c>), so the reader
    /// asks by <c>nameof</c> of the property and the parameter is found ignoring case.
    /// </summary>
    public ScopedExpression? Argument(string property) => Arguments.Single.TryGetValue(property, out var value) ? value : null;

    /// <summary>The value an object initializer gives <paramref name="property"/>, if written.</summary>
    public ScopedExpression? Property(string property) => properties.TryGetValue(property, out var value) ? value : null;

    /// <summary>Whether the initializer sets <paramref name="property"/>.</summary>
    public bool Sets(string property) => properties.ContainsKey(property);
}

/// <summary>Written arguments by parameter name (compared ignoring case); a params parameter given value by value has them in <see cref="Expanded"/>.</summary>
internal sealed class ModelArguments
{
    public ModelArguments(Dictionary<string, ScopedExpression> single, Dictionary<string, IReadOnlyList<ScopedExpression>> expanded)
    {
        Single = single;
        Expanded = expanded;
    }

    public static ModelArguments None { get; } = new(
        new Dictionary<string, ScopedExpression>(ParameterNames), new Dictionary<string, IReadOnlyList<ScopedExpression>>(ParameterNames));

    /// <summary>Parameter names are looked up by the property they set: <c>name</c> answers to <c>Name</c>.</summary>
    public static StringComparer ParameterNames => StringComparer.OrdinalIgnoreCase;

    public IReadOnlyDictionary<string, ScopedExpression> Single { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ScopedExpression>> Expanded { get; }
}
