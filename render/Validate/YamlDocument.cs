using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Render.Validate;

/// <summary>
/// One YAML document read back as the JSON tree Kubernetes would see (plain scalars typed as
/// Kubernetes' YAML 1.1 reader types them, quoted ones always strings), with the line of every field
/// so that a problem found later can be named by its field path.
/// </summary>
internal sealed class YamlDocument
{
    private readonly List<(int Line, string Path)> _lines = [];

    private YamlDocument()
    {
    }

    /// <summary>The document as JSON.</summary>
    public JsonNode? Root { get; private set; }

    /// <summary>Reads <paramref name="text"/>; returns null and a message when it is not exactly one YAML document.</summary>
    public static (YamlDocument? Document, string? Error) Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return (null, $"is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            // YamlDotNet reports a key given twice in one mapping this way.
            return (null, $"is not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            return (null, $"holds {stream.Documents.Count} YAML documents; one object per file is expected");
        }

        var document = new YamlDocument();
        document.Root = document.Convert(stream.Documents[0].RootNode, "");
        return (document, null);
    }

    /// <summary>The field path at or just before <paramref name="line"/>, for errors reported by line.</summary>
    public string PathAtLine(long line)
    {
        var best = "(root)";
        foreach (var (at, path) in _lines)
        {
            if (at <= line)
            {
                best = path;
            }
        }

        return best;
    }

    private JsonNode? Convert(YamlNode node, string path)
    {
        _lines.Add(((int)node.Start.Line, path.Length == 0 ? "(root)" : path));
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    var childPath = FieldPath.Key(path, name);
                    _lines.Add(((int)key.Start.Line, childPath));
                    obj[name] = Convert(value, childPath);
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(Convert(item, FieldPath.Index(path, index++)));
                }

                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                return null;
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return Yaml11.Resolve(value, out var integer, out var real) switch
        {
            Yaml11.Plain.Null => null,
            Yaml11.Plain.True => JsonValue.Create(true),
            Yaml11.Plain.False => JsonValue.Create(false),
            Yaml11.Plain.Integer => JsonValue.Create(integer),
            Yaml11.Plain.Real => JsonValue.Create(real),
            _ => JsonValue.Create(value),
        };
    }
}
