using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>Reading an instance's values for the schema checks without allocating, with JSON Schema's number rules.</summary>
internal static class JsonValues
{
    /// <summary>A property's name as UTF-8: the document's own bytes unless the name was escaped.</summary>
    public static ReadOnlySpan<byte> Name(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(property.Name);
    }

    /// <summary>A string value as UTF-8: the document's own bytes unless the value was escaped.</summary>
    public static ReadOnlySpan<byte> Utf8(JsonElement text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        raw = raw[1..^1];
        return raw.IndexOf((byte)'\\') < 0 ? raw : Encoding.UTF8.GetBytes(text.GetString()!);
    }

    /// <summary>The length of a string as JsonSchema.Net counts it for minLength/maxLength: in text elements.</summary>
    public static long TextLength(JsonElement text)
    {
        var utf8 = Utf8(text);
        return Ascii.IsValid(utf8) && utf8.IndexOf((byte)'\r') < 0
            ? utf8.Length
            : new StringInfo(text.GetString()!).LengthInTextElements;
    }

    /// <summary>True for a number JSON Schema calls an integer: no fraction, whatever its spelling (1, 1.0, 1e3).</summary>
    public static bool IsIntegral(JsonElement number) =>
        number.TryGetInt64(out _) || number.TryGetDouble(out var value) && value == Math.Truncate(value);

    /// <summary>Compares a number with a bound: exactly in decimal where both fit, else as doubles.</summary>
    public static int Compare(JsonElement number, SchemaNumber bound)
    {
        if (bound.Decimal is { } exact && number.TryGetDecimal(out var value))
        {
            return value.CompareTo(exact);
        }

        return AsDouble(number).CompareTo(bound.Double);
    }

    /// <summary>True when <paramref name="number"/> is a whole multiple of <paramref name="divisor"/>.</summary>
    public static bool IsMultiple(JsonElement number, SchemaNumber divisor)
    {
        if (divisor.Decimal is { } exact && exact != 0 && number.TryGetDecimal(out var value))
        {
            return value % exact == 0;
        }

        return divisor.Double != 0 && AsDouble(number) % divisor.Double == 0;
    }

    /// <summary>JSON equality: numbers by value, objects regardless of key order, arrays item by item.</summary>
    public static bool Equivalent(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return b.ValueEquals(Utf8(a));
            case JsonValueKind.Number:
                return a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : AsDouble(a) == AsDouble(b);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                {
                    return false;
                }

                using (var left = a.EnumerateArray())
                using (var right = b.EnumerateArray())
                {
                    while (left.MoveNext() && right.MoveNext())
                    {
                        if (!Equivalent(left.Current, right.Current))
                        {
                            return false;
                        }
                    }
                }

                return true;
            case JsonValueKind.Object:
                var count = 0;
                foreach (var property in a.EnumerateObject())
                {
                    count++;
                    if (!b.TryGetProperty(Name(property), out var other) || !Equivalent(property.Value, other))
                    {
                        return false;
                    }
                }

                return count == b.EnumerateObject().Count();
            default:
                return true;
        }
    }

    /// <summary>A value as a message shows it: <c>the string "eighty"</c>, <c>8.5</c>, <c>an object</c>.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "the string " + Quote(value.GetString()!),
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "nothing",
    };

    /// <summary>Text in double quotes, cut after 60 characters.</summary>
    public static string Quote(string text) =>
        "\"" + (text.Length > 60 ? text[..60] + "…" : text).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static double AsDouble(JsonElement number) =>
        number.TryGetDouble(out var value) ? value : number.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
}
