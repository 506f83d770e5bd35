using Manifests.Render.Emit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Render.Review;

/// <summary>A Kubernetes object read from an output file, flattened to field paths and scalar values in document order.</summary>
/// <param name="Target">The target folder (the path's first segment).</param>
/// <param name="Key">Which object.</param>
/// <param name="File">The file below the output root.</param>
/// <param name="Fields">Every leaf: its path and its value as written (empty maps and lists as <c>{}</c> and <c>[]</c>); a list of plain values repeats its <c>path[]</c> once per item.</param>
internal sealed record ManifestObject(string Target, ObjectKey Key, string File, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>Reads output files with YamlDotNet's representation model, so formatting and comments never count as a change.</summary>
internal static class ManifestObjectReader
{
    public static IEnumerable<ManifestObject> Read(RenderedFile file)
    {
        var slash = file.Path.IndexOf('/', StringComparison.Ordinal);
        var target = slash < 0 ? "" : file.Path[..slash];
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.Content));
        }
        catch (YamlException e)
        {
            // A hand-edited file that is no longer YAML still shows up, as one field holding the reason.
            return [new ManifestObject(target, new ObjectKey("File", null, file.Path), file.Path, [new("(file)", $"not valid YAML: {e.Message}")])];
        }

        return stream.Documents
            .Where(d => d.RootNode is not YamlScalarNode { Value: null or "" })
            .Select((document, index) => ToObject(target, file.Path, document.RootNode, stream.Documents.Count > 1 ? index : null))
            .ToList();
    }

    private static ManifestObject ToObject(string target, string path, YamlNode root, int? documentIndex)
    {
        var fields = new List<KeyValuePair<string, string>>();
        Flatten(root, "", fields);
        var kind = Scalar(root, "kind") ?? "Object";
        var name = Scalar(root, "metadata", "name") ?? (documentIndex is { } i ? $"{path}#{i}" : path[(path.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        return new ManifestObject(target, new ObjectKey(kind, Scalar(root, "metadata", "namespace"), name), path, fields);
    }

    private static void Flatten(YamlNode node, string path, List<KeyValuePair<string, string>> fields)
    {
        switch (node)
        {
            case YamlMappingNode { Children.Count: 0 }:
                fields.Add(new(path, "{}"));
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    Flatten(value, Member(path, key is YamlScalarNode s ? s.Value ?? "" : key.ToString()), fields);
                }

                break;
            case YamlSequenceNode { Children.Count: 0 }:
                fields.Add(new(path, "[]"));
                break;
            case YamlSequenceNode sequence when sequence.Children.All(item => item is YamlScalarNode):
                // A list of plain values (hosts, resources, args) is one field with many values: "path[]", once per item.
                fields.AddRange(sequence.Children.Select(item => new KeyValuePair<string, string>(path + "[]", ((YamlScalarNode)item).Value ?? "")));
                break;
            case YamlSequenceNode sequence:
                var names = sequence.Children.Select(item => Scalar(item, "name")).ToList();
                var byName = names.All(n => n is not null) && names.Distinct(StringComparer.Ordinal).Count() == names.Count;
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    // Items with unique names (containers, ports, env) are matched by name, so an insertion shifts nothing.
                    Flatten(sequence.Children[i], byName ? $"{path}[name={names[i]}]" : $"{path}[{i}]", fields);
                }

                break;
            case YamlScalarNode scalar:
                fields.Add(new(path, scalar.Value ?? ""));
                break;
            default:
                fields.Add(new(path, node.ToString()));
                break;
        }
    }

    private static string Member(string path, string key)
    {
        var simple = key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        var member = simple ? key : "[\"" + key.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
        return path.Length == 0 ? member : simple ? path + "." + member : path + member;
    }

    private static string? Scalar(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node!))
            {
                return null;
            }
        }

        return node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
    }
}
