using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>
/// The compiled <c>openAPIV3Schema</c> of one served version of a shipped CRD: the validator of custom
/// resources. Immutable and thread-safe; a valid object costs one allocation-free walk.
/// </summary>
internal sealed class CrdSchema
{
    private readonly SchemaNode _root;

    public CrdSchema(string group, string version, string kind, JsonElement openApi)
    {
        Group = group;
        Version = version;
        Kind = kind;
        _root = SchemaCompiler.CompileRoot(openApi);
    }

    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    /// <summary>True when the object (as Kubernetes sees it, as JSON) matches the schema.</summary>
    public bool IsValid(JsonElement instance) => SchemaEvaluator.IsValid(_root, instance);

    /// <summary>
    /// The most specific problems of the object, once each, in document order: a problem about a value is left
    /// out when it only sums up problems found deeper (an alternative none of whose branches matched).
    /// </summary>
    public IReadOnlyList<SchemaProblem> Validate(JsonElement instance)
    {
        return SchemaEvaluator.IsValid(_root, instance) ? Array.Empty<SchemaProblem>() : Problems(instance);
    }

    // Apart, so that the valid path allocates nothing (not even the closure below).
    private List<SchemaProblem> Problems(JsonElement instance)
    {
        var seen = new HashSet<(string, string)>();
        return [.. SchemaEvaluator.Problems(_root, instance).Where(p => seen.Add((p.Path, p.Message)))];
    }
}
