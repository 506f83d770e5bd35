using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Crds;

/// <summary>
/// Reads the <c>oneOf</c> constraints of an object schema (directly, or each under <c>allOf</c>) in the two shapes
/// CRD generators write: a branch <c>{required: [a, …]}</c>, and Istio's "none set" branch
/// <c>{not: {anyOf: [{required: [a]}, …]}}</c>. A group with any other branch shape, or naming a property the object
/// does not have, is left unchecked.
/// </summary>
internal static class OneOfReader
{
    public static List<RawOneOf> Read(YamlMappingNode schema, ICollection<string> propertyNames)
    {
        var groups = new List<RawOneOf>();
        AddGroup(schema.Sequence("oneOf"), propertyNames, groups);
        if (schema.Sequence("allOf") is { } allOf)
        {
            foreach (YamlMappingNode part in allOf.Children.OfType<YamlMappingNode>())
            {
                AddGroup(part.Sequence("oneOf"), propertyNames, groups);
            }
        }

        return groups;
    }

    private static void AddGroup(YamlSequenceNode? oneOf, ICollection<string> propertyNames, List<RawOneOf> groups)
    {
        if (oneOf is null)
        {
            return;
        }

        var branches = new List<(bool IsNoneOf, List<List<string>> Alternatives)>();
        foreach (YamlNode node in oneOf.Children)
        {
            if (node is not YamlMappingNode branch || ReadBranch(branch) is not { } parsed)
            {
                return;
            }

            if (parsed.Alternatives.Any(set => set.Count == 0 || set.Any(name => !propertyNames.Contains(name))))
            {
                return;
            }

            branches.Add(parsed);
        }

        if (branches.Count != 0)
        {
            groups.Add(new RawOneOf(branches));
        }
    }

    private static (bool IsNoneOf, List<List<string>> Alternatives)? ReadBranch(YamlMappingNode branch)
    {
        if (branch.Children.Count != 1)
        {
            return null;
        }

        if (branch.Sequence("required") is not null)
        {
            return (false, new List<List<string>> { branch.Scalars("required") });
        }

        if (branch.Mapping("not") is not { } not || not.Children.Count != 1)
        {
            return null;
        }

        if (not.Sequence("required") is not null)
        {
            return (true, new List<List<string>> { not.Scalars("required") });
        }

        if (not.Sequence("anyOf") is not { } anyOf)
        {
            return null;
        }

        var alternatives = new List<List<string>>();
        foreach (YamlNode item in anyOf.Children)
        {
            if (item is not YamlMappingNode alternative || alternative.Children.Count != 1
                || alternative.Sequence("required") is null)
            {
                return null;
            }

            alternatives.Add(alternative.Scalars("required"));
        }

        return (true, alternatives);
    }
}
