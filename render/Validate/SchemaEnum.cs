using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>
/// A schema's <c>enum</c>: string values in a UTF-8 table (the common case, one look-up), other values compared
/// as JSON (numbers by value, objects regardless of key order), and the values as text for messages.
/// </summary>
internal sealed class SchemaEnum
{
    private readonly Utf8Table<bool> _strings;
    private readonly JsonElement[] _others;

    public SchemaEnum(IReadOnlyList<JsonElement> values)
    {
        // Loops rather than LINQ: LINQ over JSON value types is compiled at first use, while a render waits.
        var strings = new List<(string, bool)>();
        var others = new List<JsonElement>();
        var display = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.ValueKind is JsonValueKind.String)
            {
                display[i] = value.GetString()!;
                strings.Add((display[i], true));
            }
            else
            {
                display[i] = value.GetRawText();
                others.Add(value.Clone());
            }
        }

        _strings = new Utf8Table<bool>(strings);
        _others = [.. others];
        Display = display;
    }

    /// <summary>The values as a message names them (strings unquoted), in schema order.</summary>
    public IReadOnlyList<string> Display { get; }

    public bool Contains(JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.String)
        {
            return _strings.TryGetValue(JsonValues.Utf8(value), out _);
        }

        foreach (var other in _others)
        {
            if (JsonValues.Equivalent(other, value))
            {
                return true;
            }
        }

        return false;
    }
}
