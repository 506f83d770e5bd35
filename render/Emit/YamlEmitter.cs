using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Manifests.Render.Emit;

/// <summary>
/// Turns one Kubernetes object (as a JSON tree) into block-style YAML with a fixed key order:
/// apiVersion, kind, metadata, spec, then the rest; inside metadata name, namespace, labels,
/// annotations; every other map sorted by ordinal key. Nulls are dropped; LF line endings.
/// Writes UTF-8 straight from the JSON document's own bytes: a key or string is decoded only when
/// the serializer had to escape it.
/// </summary>
internal static class YamlEmitter
{
    private static readonly byte[][] TopLevelOrder = ["apiVersion"u8.ToArray(), "kind"u8.ToArray(), "metadata"u8.ToArray(), "spec"u8.ToArray()];
    private static readonly byte[][] MetadataOrder = ["name"u8.ToArray(), "namespace"u8.ToArray(), "labels"u8.ToArray(), "annotations"u8.ToArray()];

    /// <summary>Writes <paramref name="document"/> after <paramref name="headerLine"/>, a ready-made <c># comment</c> line.</summary>
    public static void WriteDocument(Utf8Buffer output, JsonElement document, ReadOnlySpan<byte> headerLine)
    {
        output.Append(headerLine);
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A Kubernetes object must be a JSON object.", nameof(document));
        }

        WriteMapping(output, document, indent: 0, firstKeyInline: false, TopLevelOrder);
    }

    /// <summary>The <c># comment</c> line every file starts with, in UTF-8.</summary>
    public static byte[] HeaderLine(string headerComment) => Encoding.UTF8.GetBytes("# " + headerComment + "\n");

    private static void WriteMapping(Utf8Buffer output, JsonElement map, int indent, bool firstKeyInline, byte[][] leadingKeys)
    {
        var properties = ArrayPool<JsonProperty>.Shared.Rent(map.GetPropertyCount());
        var count = OrderedProperties(map, leadingKeys, properties);
        for (var i = 0; i < count; i++)
        {
            var property = properties[i];
            if (!(i == 0 && firstKeyInline))
            {
                output.AppendSpaces(indent);
            }

            WriteKey(output, property);
            output.Append((byte)':');
            var childOrder = indent == 0 && property.NameEquals("metadata"u8) ? MetadataOrder : [];
            WriteValueAfterKey(output, property.Value, indent, childOrder);
        }

        // Cleared so that the pool holds no reference to this document.
        ArrayPool<JsonProperty>.Shared.Return(properties, clearArray: true);
    }

    private static void WriteValueAfterKey(Utf8Buffer output, JsonElement value, int indent, byte[][] childOrder)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when HasProperties(value):
                output.Append((byte)'\n');
                WriteMapping(output, value, indent + 2, firstKeyInline: false, childOrder);
                break;
            case JsonValueKind.Array when value.GetArrayLength() > 0:
                output.Append((byte)'\n');
                WriteSequence(output, value, indent, firstItemInline: false);
                break;
            default:
                output.Append((byte)' ');
                WriteScalar(output, value);
                output.Append((byte)'\n');
                break;
        }
    }

    // Sequences sit at their key's indentation ("key:\n- item"), as kubectl and kustomize write them.
    private static void WriteSequence(Utf8Buffer output, JsonElement sequence, int indent, bool firstItemInline)
    {
        var first = true;
        foreach (var item in sequence.EnumerateArray())
        {
            if (!(first && firstItemInline))
            {
                output.AppendSpaces(indent);
            }

            first = false;
            output.Append("- "u8);
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
                    output.Append((byte)'\n');
                    break;
            }
        }
    }

    private static void WriteKey(Utf8Buffer output, JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.IndexOf((byte)'\\') < 0)
        {
            YamlScalar.Append(output, raw);
        }
        else
        {
            YamlScalar.Append(output, property.Name.AsSpan());
        }
    }

    private static void WriteScalar(Utf8Buffer output, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                // The raw value is the quoted JSON token; without a backslash its inside is the string's exact UTF-8.
                var raw = JsonMarshal.GetRawUtf8Value(value);
                var inside = raw[1..^1];
                if (inside.IndexOf((byte)'\\') < 0)
                {
                    YamlScalar.Append(output, inside);
                }
                else
                {
                    YamlScalar.Append(output, value.GetString().AsSpan());
                }

                break;
            case JsonValueKind.Number:
                output.Append(JsonMarshal.GetRawUtf8Value(value));
                break;
            case JsonValueKind.True:
                output.Append("true"u8);
                break;
            case JsonValueKind.False:
                output.Append("false"u8);
                break;
            case JsonValueKind.Object:
                output.Append("{}"u8);
                break;
            case JsonValueKind.Array:
                output.Append("[]"u8);
                break;
            default:
                output.Append("null"u8);
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

    /// <summary>The non-null properties of a map in the order they are written: ordinal by name.</summary>
    internal static ArraySegment<JsonProperty> OrderedProperties(JsonElement map)
    {
        var sorted = new JsonProperty[map.GetPropertyCount()];
        return new ArraySegment<JsonProperty>(sorted, 0, OrderedProperties(map, [], sorted));
    }

    // Maps are small (a handful of keys), so an insertion sort into a pooled array beats a List and a comparer.
    private static int OrderedProperties(JsonElement map, byte[][] leadingKeys, JsonProperty[] sorted)
    {
        var count = 0;
        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var at = count++;
            while (at > 0 && Compare(sorted[at - 1], property, leadingKeys) > 0)
            {
                sorted[at] = sorted[at - 1];
                at--;
            }

            sorted[at] = property;
        }

        return count;
    }

    private static int Compare(JsonProperty a, JsonProperty b, byte[][] leadingKeys)
    {
        var rankA = Rank(a, leadingKeys);
        var rankB = Rank(b, leadingKeys);
        return rankA != rankB ? rankA.CompareTo(rankB) : CompareNames(a, b);
    }

    private static int Rank(JsonProperty property, byte[][] leadingKeys)
    {
        for (var i = 0; i < leadingKeys.Length; i++)
        {
            if (property.NameEquals(leadingKeys[i]))
            {
                return i;
            }
        }

        return leadingKeys.Length;
    }

    // Ordinal order is UTF-16 code unit order. Bytes of unescaped ASCII sort the same way; anything else
    // (escapes, or non-ASCII, where UTF-8 and UTF-16 orders part around surrogates) compares as strings.
    private static int CompareNames(JsonProperty a, JsonProperty b)
    {
        var x = JsonMarshal.GetRawUtf8PropertyName(a);
        var y = JsonMarshal.GetRawUtf8PropertyName(b);
        if (IsUnescapedAscii(x) && IsUnescapedAscii(y))
        {
            return x.SequenceCompareTo(y);
        }

        return string.CompareOrdinal(a.Name, b.Name);
    }

    private static bool IsUnescapedAscii(ReadOnlySpan<byte> raw) => Ascii.IsValid(raw) && raw.IndexOf((byte)'\\') < 0;
}
