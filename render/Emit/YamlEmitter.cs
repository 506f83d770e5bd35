using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Manifests.Render.Emit;

/// <summary>
/// Writes a JSON tree (a kustomization, a value System.Text.Json wrote for a generated writer) as YAML through
/// <see cref="YamlSink"/>, the one writer of the YAML layout, with the render's key order: apiVersion, kind,
/// metadata, spec, then the rest; inside the root's metadata name, namespace, labels, annotations; every other
/// map by ordinal key. Nulls in maps are dropped. Keys and strings go over as the document's own UTF-8 bytes,
/// decoded only where the serializer had to escape them.
/// </summary>
internal static class YamlEmitter
{
    private static readonly byte[][] TopLevelOrder = ["apiVersion"u8.ToArray(), "kind"u8.ToArray(), "metadata"u8.ToArray(), "spec"u8.ToArray()];
    private static readonly byte[][] MetadataOrder = ["name"u8.ToArray(), "namespace"u8.ToArray(), "labels"u8.ToArray(), "annotations"u8.ToArray()];

    /// <summary>Writes <paramref name="document"/> after <paramref name="headerLine"/>, a ready-made <c># comment</c> line.</summary>
    public static void WriteDocument(Utf8Buffer output, JsonElement document, ReadOnlySpan<byte> headerLine)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A Kubernetes object must be a JSON object.", nameof(document));
        }

        output.Append(headerLine);
        var sink = new YamlSink(output, converted: null);
        sink.Reset();
        Write(sink, document, TopLevelOrder, MetadataOrder);
    }

    /// <summary>The <c># comment</c> line every file starts with, in UTF-8.</summary>
    public static byte[] HeaderLine(string headerComment) => Encoding.UTF8.GetBytes("# " + headerComment + "\n");

    /// <summary>Hands <paramref name="sink"/> a value of a JSON tree, its maps in ordinal key order.</summary>
    public static void Write(YamlSink sink, JsonElement value) => Write(sink, value, [], null);

    // leadingKeys come first in this map; metadataKeys first in its "metadata" child (the root's only).
    private static void Write(YamlSink sink, JsonElement value, byte[][] leadingKeys, byte[][]? metadataKeys)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = ArrayPool<JsonProperty>.Shared.Rent(value.GetPropertyCount());
                var count = OrderedProperties(value, leadingKeys, properties);
                sink.BeginMapping();
                for (var i = 0; i < count; i++)
                {
                    var raw = JsonMarshal.GetRawUtf8PropertyName(properties[i]);
                    if (raw.IndexOf((byte)'\\') < 0)
                    {
                        sink.Key(raw);
                    }
                    else
                    {
                        sink.Key(properties[i].Name);
                    }

                    var childOrder = metadataKeys is not null && properties[i].NameEquals("metadata"u8) ? metadataKeys : [];
                    Write(sink, properties[i].Value, childOrder, null);
                }

                sink.EndMapping();

                // Cleared so that the pool holds no reference to this document.
                ArrayPool<JsonProperty>.Shared.Return(properties, clearArray: true);
                break;
            case JsonValueKind.Array:
                sink.BeginSequence();
                foreach (var item in value.EnumerateArray())
                {
                    Write(sink, item, [], null);
                }

                sink.EndSequence();
                break;
            case JsonValueKind.String:
                // The raw value is the quoted JSON token; without a backslash its inside is the string's exact UTF-8.
                var inside = JsonMarshal.GetRawUtf8Value(value)[1..^1];
                if (inside.IndexOf((byte)'\\') < 0)
                {
                    sink.Utf8String(inside);
                }
                else
                {
                    sink.String(value.GetString()!);
                }

                break;
            case JsonValueKind.Number:
                sink.RawNumber(JsonMarshal.GetRawUtf8Value(value));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                sink.Boolean(value.ValueKind == JsonValueKind.True);
                break;
            default:
                sink.Null();
                break;
        }
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
