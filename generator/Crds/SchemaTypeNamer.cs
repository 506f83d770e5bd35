using System;
using System.Collections.Generic;
using System.Linq;
using Manifests.Generator.Helpers;
using Manifests.Generator.Model;

namespace Manifests.Generator.Crds;

/// <summary>
/// Settles the C# names of a version's shapes: each class or enum takes the shortest name its paths offer (ties:
/// ordinal order), suffixed 2, 3, … if another shape took it first; properties are PascalCase of their JSON names,
/// kept clear of the class name and of the members every generated class has.
/// </summary>
internal static class SchemaTypeNamer
{
    /// <summary>Members of the kind class that a schema property must not reuse.</summary>
    private static readonly string[] KindClassMembers =
    {
        "ApiVersion", "Kind", "Metadata", "KubeGroup", "KubeApiVersion", "KubeKind", "KubePluralName", "ValidateOneOf",
    };

    /// <summary>Members every class has (generated or inherited from <see cref="object"/>).</summary>
    private static readonly string[] ClassMembers =
    {
        "CollectOneOfViolations", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    public static CrdVersionSpec Name(string kind, string version, List<ObjectShape> objects, List<EnumShape> enums)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var objectNames = new string[objects.Count];
        objectNames[0] = CSharpNames.MakeUnique(kind, taken);
        for (int i = 1; i < objects.Count; i++)
        {
            objectNames[i] = CSharpNames.MakeUnique(Shortest(objects[i].CandidateNames), taken);
        }

        var enumSpecs = new EnumSpec[enums.Count];
        for (int i = 0; i < enums.Count; i++)
        {
            string name = CSharpNames.MakeUnique(Shortest(enums[i].CandidateNames), taken);
            enumSpecs[i] = new EnumSpec(name, NameMembers(enums[i].Values));
        }

        var types = new TypeSpec[objects.Count];
        for (int i = 0; i < objects.Count; i++)
        {
            // Path names come after every canonical name, so a canonical name never yields to an alias.
            var pathNames = objects[i].CandidateNames
                .Where(name => name != objectNames[i])
                .Distinct()
                .OrderBy(name => name, StringComparer.Ordinal)
                .Where(name => taken.Add(name));
            types[i] = NameProperties(objectNames[i], objects[i], isKindClass: i == 0, pathNames.ToEquatableArray());
        }

        return new CrdVersionSpec(version, new EquatableArray<TypeSpec>(types), new EquatableArray<EnumSpec>(enumSpecs));
    }

    private static TypeSpec NameProperties(string className, ObjectShape shape, bool isKindClass, EquatableArray<string> pathNames)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { className };
        taken.UnionWith(ClassMembers);
        if (isKindClass)
        {
            taken.UnionWith(KindClassMembers);
        }

        var properties = new List<PropertySpec>(shape.Properties.Count);
        var nameByJson = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (RawProperty raw in shape.Properties)
        {
            string candidate = CSharpNames.ToPascalCase(raw.JsonName);
            string name = taken.Contains(candidate) ? CSharpNames.MakeUnique(candidate + "Value", taken) : CSharpNames.MakeUnique(candidate, taken);
            nameByJson[raw.JsonName] = name;
            properties.Add(new PropertySpec(raw.JsonName, name, raw.Type, raw.IsRequired, raw.Description));
        }

        var groups = shape.OneOfGroups.Select(group => ToOneOfSpec(group, nameByJson)).ToArray();
        return new TypeSpec(
            className,
            shape.Description,
            new EquatableArray<PropertySpec>(properties.ToArray()),
            new EquatableArray<OneOfSpec>(groups),
            shape.ChecksOneOf,
            pathNames);
    }

    private static OneOfSpec ToOneOfSpec(RawOneOf group, Dictionary<string, string> nameByJson)
    {
        var branches = group.Branches
            .Select(branch => new OneOfBranchSpec(
                branch.IsNoneOf,
                branch.Alternatives.Select(set => new PropertyNameSet(set.Select(json => nameByJson[json]).ToEquatableArray())).ToEquatableArray()))
            .ToArray();
        return new OneOfSpec(new EquatableArray<OneOfBranchSpec>(branches), Describe(group));
    }

    /// <summary>"at most one of exact, prefix, regex may be set" for Istio's shape; a literal listing otherwise.</summary>
    private static string Describe(RawOneOf group)
    {
        bool allSingle = group.Branches.All(b => b.Alternatives.All(set => set.Count == 1));
        var positive = group.Branches.Where(b => !b.IsNoneOf).Select(b => string.Join(" and ", b.Alternatives[0])).ToList();
        bool allowsNone = group.Branches.Any(b => b.IsNoneOf);
        if (allSingle && group.Branches.Count(b => b.IsNoneOf) <= 1)
        {
            string names = string.Join(", ", positive);
            return allowsNone ? "at most one of " + names + " may be set" : "exactly one of " + names + " must be set";
        }

        var described = group.Branches.Select(b => b.IsNoneOf
            ? "none of (" + string.Join(" | ", b.Alternatives.Select(a => string.Join(" and ", a))) + ")"
            : "(" + string.Join(" and ", b.Alternatives[0]) + ")");
        return "exactly one of these must hold: " + string.Join(", ", described);
    }

    private static EquatableArray<EnumMemberSpec> NameMembers(List<string> values)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var members = values.Select(value => new EnumMemberSpec(CSharpNames.MakeUnique(MemberName(value), taken), value));
        return members.ToEquatableArray();
    }

    private static string MemberName(string value) => value.Length == 0 ? "Empty" : CSharpNames.ToPascalCase(value).TrimStart('@');

    private static string Shortest(List<string> names) =>
        names.OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
}
