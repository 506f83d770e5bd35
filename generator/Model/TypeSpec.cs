using Manifests.Generator.Helpers;

namespace Manifests.Generator.Model;

/// <summary>An object schema that becomes a C# class.</summary>
/// <param name="Name">The C# class name, unique within the version's namespace.</param>
/// <param name="Description">The schema's description, for the XML docs.</param>
/// <param name="Properties">The properties in schema order.</param>
/// <param name="OneOfGroups">The schema's <c>oneOf</c> constraints that can be checked on this class.</param>
/// <param name="ChecksOneOf">
/// Whether the class or any class below it has a <c>oneOf</c> constraint, so it gets a checking method.
/// </param>
/// <param name="PathNames">
/// The names of the other paths where the same schema occurs; each becomes an empty class deriving from this one,
/// so that every path's name exists.
/// </param>
internal sealed record TypeSpec(
    string Name,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<OneOfSpec> OneOfGroups,
    bool ChecksOneOf,
    EquatableArray<string> PathNames);

/// <summary>One property of an object schema.</summary>
/// <param name="JsonName">The name in JSON and YAML, e.g. <c>exportTo</c>.</param>
/// <param name="Name">The C# property name, e.g. <c>ExportTo</c>.</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsRequired">Whether the schema lists the property under <c>required</c>.</param>
/// <param name="Description">The schema's description, for the XML docs.</param>
internal sealed record PropertySpec(string JsonName, string Name, TypeRefSpec Type, bool IsRequired, string? Description);

/// <summary>What a schema's value maps to in C#.</summary>
internal enum TypeRefKind
{
    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>int</c>: an integer with format int32 or bounds that fit.</summary>
    Int32,

    /// <summary><c>long</c>: any other integer.</summary>
    Int64,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>bool</c>.</summary>
    Boolean,

    /// <summary><c>k8s.Models.IntOrString</c>, for <c>x-kubernetes-int-or-string</c>.</summary>
    IntOrString,

    /// <summary><c>System.Text.Json.Nodes.JsonNode</c>: any JSON, for schemas without a structure.</summary>
    Json,

    /// <summary>A generated class, <see cref="TypeRefSpec.Index"/> into <see cref="CrdVersionSpec.Types"/>.</summary>
    Object,

    /// <summary>A generated enum, <see cref="TypeRefSpec.Index"/> into <see cref="CrdVersionSpec.Enums"/>.</summary>
    Enum,

    /// <summary><c>IList&lt;T&gt;</c> of <see cref="TypeRefSpec.Element"/>.</summary>
    List,

    /// <summary><c>IDictionary&lt;string, T&gt;</c> of <see cref="TypeRefSpec.Element"/>.</summary>
    Map,
}

/// <summary>A reference to a property's type.</summary>
/// <param name="Kind">What the type is.</param>
/// <param name="Index">For objects and enums: the index of the generated type in its version.</param>
/// <param name="Element">For lists and maps: the element type.</param>
internal sealed record TypeRefSpec(TypeRefKind Kind, int Index = -1, TypeRefSpec? Element = null)
{
    /// <summary>Whether the C# type is a struct, so that an optional property needs <c>?</c> to be absent.</summary>
    public bool IsValueType => Kind is TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Double
        or TypeRefKind.Boolean or TypeRefKind.Enum;
}

/// <summary>A string enum.</summary>
/// <param name="Name">The C# enum name.</param>
/// <param name="Members">The members in schema order.</param>
internal sealed record EnumSpec(string Name, EquatableArray<EnumMemberSpec> Members);

/// <summary>One enum value.</summary>
/// <param name="Name">The C# member name, e.g. <c>IstioMutual</c>.</param>
/// <param name="Value">The string in JSON, e.g. <c>ISTIO_MUTUAL</c>.</param>
internal sealed record EnumMemberSpec(string Name, string Value);

/// <summary>
/// A <c>oneOf</c> constraint: exactly one branch must match. A branch either requires properties to be set, or
/// (for <see cref="OneOfBranchSpec.IsNoneOf"/>) requires none of the listed alternatives to be complete.
/// </summary>
/// <param name="Branches">The branches in schema order.</param>
/// <param name="Message">What the check reports when not exactly one branch matches.</param>
internal sealed record OneOfSpec(EquatableArray<OneOfBranchSpec> Branches, string Message);

/// <summary>One branch of a <c>oneOf</c>.</summary>
/// <param name="IsNoneOf">
/// False: matches when every property in <see cref="Alternatives"/>' single entry is set. True (Istio's
/// <c>not: {anyOf: [...]}</c>): matches when no entry of <see cref="Alternatives"/> has all its properties set.
/// </param>
/// <param name="Alternatives">Sets of C# property names.</param>
internal sealed record OneOfBranchSpec(bool IsNoneOf, EquatableArray<PropertyNameSet> Alternatives);

/// <summary>C# property names that must all be set.</summary>
/// <param name="Names">The property names.</param>
internal sealed record PropertyNameSet(EquatableArray<string> Names);
