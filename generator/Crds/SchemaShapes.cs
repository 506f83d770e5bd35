using System.Collections.Generic;
using Manifests.Generator.Model;

namespace Manifests.Generator.Crds;

/// <summary>
/// An object schema met while walking a CRD schema, before its C# names are settled. Identical schemas met at
/// several paths share one shape (and so one class); every path offers a name.
/// </summary>
internal sealed class ObjectShape
{
    public ObjectShape(string? description, List<RawProperty> properties, List<RawOneOf> oneOfGroups, bool checksOneOf)
    {
        Description = description;
        Properties = properties;
        OneOfGroups = oneOfGroups;
        ChecksOneOf = checksOneOf;
    }

    public string? Description { get; }

    public List<RawProperty> Properties { get; }

    public List<RawOneOf> OneOfGroups { get; }

    public bool ChecksOneOf { get; }

    /// <summary>The names offered by the paths where this shape occurs.</summary>
    public List<string> CandidateNames { get; } = new();
}

/// <summary>A string enum met while walking a schema; equal value lists share one enum.</summary>
internal sealed class EnumShape
{
    public EnumShape(List<string> values) => Values = values;

    public List<string> Values { get; }

    public List<string> CandidateNames { get; } = new();
}

/// <summary>A property as the schema states it, named by JSON only.</summary>
internal sealed record RawProperty(string JsonName, TypeRefSpec Type, bool IsRequired, string? Description);

/// <summary>A <c>oneOf</c> as the schema states it, in JSON names: each branch is (is "none of", alternatives).</summary>
internal sealed record RawOneOf(List<(bool IsNoneOf, List<List<string>> Alternatives)> Branches);
