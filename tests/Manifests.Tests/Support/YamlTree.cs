using YamlDotNet.RepresentationModel;

namespace Manifests.Tests.Support;

/// <summary>
/// A YAML document read into plain values for field-by-field comparison: maps become sorted
/// dictionaries, sequences lists, and scalars are resolved as a YAML reader would (a plain
/// <c>1</c> is a number, a quoted <c>'1'</c> a string), so <c>'2'</c> and <c>2</c> stay different.
/// </summary>
internal static class YamlTree
{
    public static List<object?> ReadAll(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: null or "" }).Select(d => Convert(d.RootNode)).ToList();
    }

    public static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new SortedDictionary<string, object?>(
            map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Convert(p.Value)),
            StringComparer.Ordinal),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => Resolve(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static object? Resolve(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain)
        {
            return value;
        }

        return value switch
        {
            "true" => true,
            "false" => false,
            "" or "~" or "null" => null,
            _ when long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
            _ => value,
        };
    }

    /// <summary>The value at a dotted path such as <c>metadata.name</c>.</summary>
    public static object? At(object? tree, string path)
    {
        foreach (var key in path.Split('.'))
        {
            tree = tree switch
            {
                IDictionary<string, object?> map => map.TryGetValue(key, out var value) ? value : null,
                List<object?> list when int.TryParse(key, out var index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return tree;
    }

    /// <summary>Every difference between two trees as "path: expected X, got Y" lines.</summary>
    public static List<string> Differences(object? expected, object? actual, string path = "")
    {
        var differences = new List<string>();
        switch (expected, actual)
        {
            case (IDictionary<string, object?> e, IDictionary<string, object?> a):
                foreach (var key in e.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    if (!e.ContainsKey(key))
                    {
                        differences.Add($"{child}: not in the seed, got {Show(a[key])}");
                    }
                    else if (!a.ContainsKey(key))
                    {
                        differences.Add($"{child}: missing, the seed has {Show(e[key])}");
                    }
                    else
                    {
                        differences.AddRange(Differences(e[key], a[key], child));
                    }
                }

                break;
            case (List<object?> e, List<object?> a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{path}: {e.Count} items in the seed, got {a.Count}");
                }

                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    differences.AddRange(Differences(e[i], a[i], $"{path}[{i}]"));
                }

                break;
            default:
                if (!Equals(expected, actual))
                {
                    differences.Add($"{path}: the seed has {Show(expected)}, got {Show(actual)}");
                }

                break;
        }

        return differences;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}' (string)",
        _ => $"{value} ({value.GetType().Name})",
    };
}
