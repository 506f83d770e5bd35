using System.Text;
using System.Text.Json;

namespace Manifests.Render.Emit;

/// <summary>
/// Turns one Kubernetes object (as a JSON tree) into block-style YAML with a fixed key order:
/// apiVersion, kind, metadata, spec, then the rest; inside metadata name, namespace, labels,
/// annotations; every other map sorted by ordinal key. Nulls are dropped; LF line endings.
/// </summary>
internal static class YamlEmitter
{
    private static readonly string[] TopLevelOrder = ["apiVersion", "kind", "metadata", "spec"];
    private static readonly string[] MetadataOrder = ["name", "namespace", "labels", "annotations"];

    /// <summary>Writes <paramref name="document"/> after a one-line comment header.</summary>
    public static void WriteDocument(StringBuilder output, JsonElement document, string headerComment)
    {
        output.Append("# ").Append(headerComment).Append('\n');
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A Kubernetes object must be a JSON object.", nameof(document));
        }

        WriteMapping(output, document, indent: 0, firstKeyInline: false, TopLevelOrder);
    }

    private static void WriteMapping(StringBuilder output, JsonElement map, int indent, bool firstKeyInline, string[] leadingKeys)
    {
        var first = true;
        foreach (var property in OrderedProperties(map, leadingKeys))
        {
            if (!(first && firstKeyInline))
            {
                output.Append(' ', indent);
            }

            first = false;
            YamlScalar.Append(output, property.Name);
            output.Append(':');
            var childOrder = indent == 0 && property.Name == "metadata" ? MetadataOrder : [];
            WriteValueAfterKey(output, property.Value, indent, childOrder);
        }
    }

    private static void WriteValueAfterKey(StringBuilder output, JsonElement value, int indent, string[] childOrder)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when HasProperties(value):
                output.Append('\n');
                WriteMapping(output, value, indent + 2, firstKeyInline: false, childOrder);
                break;
            case JsonValueKind.Array when value.GetArrayLength() > 0:
                output.Append('\n');
                WriteSequence(output, value, indent, firstItemInline: false);
                break;
            default:
                output.Append(' ');
                WriteScalar(output, value);
                output.Append('\n');
                break;
        }
    }

    // Sequences sit at their key's indentation ("key:\n- item"), as kubectl and kustomize write them.
    private static void WriteSequence(StringBuilder output, JsonElement sequence, int indent, bool firstItemInline)
    {
        var first = true;
        foreach (var item in sequence.EnumerateArray())
        {
            if (!(first && firstItemInline))
            {
                output.Append(' ', indent);
            }

            first = false;
            output.Append("- ");
            switch (item.ValueKind)
            {
                case JsonValueKind.Object when HasProperties(item):
                    WriteMapping(output, item, indent + 2, firstKeyInline: true, []);
                    break;
                case JsonValueKind.Array when item.GetArrayLength() > 0:
                    WriteSequence(output, item, indent + 2, firstItemInline: true);
                    break;
                default:
                    WriteScalar(output, item);
                    output.Append('\n');
                    break;
            }
        }
    }

    private static void WriteScalar(StringBuilder output, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                YamlScalar.Append(output, value.GetString()!);
                break;
            case JsonValueKind.Number:
                output.Append(value.GetRawText());
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            case JsonValueKind.Object:
                output.Append("{}");
                break;
            case JsonValueKind.Array:
                output.Append("[]");
                break;
            default:
                output.Append("null");
                break;
        }
    }

    private static bool HasProperties(JsonElement map)
    {
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }
        }

        return false;
    }

    private static List<JsonProperty> OrderedProperties(JsonElement map, string[] leadingKeys)
    {
        var properties = new List<JsonProperty>();
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null)
            {
                properties.Add(property);
            }
        }

        properties.Sort((a, b) =>
        {
            var rankA = Rank(a.Name, leadingKeys);
            var rankB = Rank(b.Name, leadingKeys);
            return rankA != rankB ? rankA.CompareTo(rankB) : string.CompareOrdinal(a.Name, b.Name);
        });
        return properties;
    }

    private static int Rank(string key, string[] leadingKeys)
    {
        var index = Array.IndexOf(leadingKeys, key);
        return index < 0 ? leadingKeys.Length : index;
    }
}
