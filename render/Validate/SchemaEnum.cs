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
        _strings = new Utf8Table<bool>([.. values.Where(v => v.ValueKind is JsonValueKind.String).Select(v => (v.GetString()!, true))]);
        _others = [.. values.Where(v => v.ValueKind is not JsonValueKind.String).Select(v => v.Clone())];
        Display = [.. values.Select(v => v.ValueKind is JsonValueKind.String ? v.GetString()! : v.GetRawText())];
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
