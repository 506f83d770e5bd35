using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace Manifests.Generator.Crds;

/// <summary>Small typed look-ups on YamlDotNet's node tree.</summary>
internal static class YamlNodes
{
    public static YamlNode? Child(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    public static YamlMappingNode? Mapping(this YamlMappingNode map, string key) => map.Child(key) as YamlMappingNode;

    public static YamlSequenceNode? Sequence(this YamlMappingNode map, string key) => map.Child(key) as YamlSequenceNode;

    public static string? Scalar(this YamlMappingNode map, string key) => (map.Child(key) as YamlScalarNode)?.Value;

    public static bool IsTrue(this YamlMappingNode map, string key) => map.Scalar(key) == "true";

    /// <summary>The scalar items of a sequence, e.g. a schema's <c>required</c> list; other items are skipped.</summary>
    public static List<string> Scalars(this YamlMappingNode map, string key)
    {
        var values = new List<string>();
        if (map.Sequence(key) is { } sequence)
        {
            foreach (YamlNode item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } value })
                {
                    values.Add(value);
                }
            }
        }

        return values;
    }
}
