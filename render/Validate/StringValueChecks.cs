using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Manifests.Render.Validate;

/// <summary>
/// Every string value of an object: no credential shapes, and only characters that kubectl and kustomize
/// carry unchanged. Most values are short printable ASCII with no credential prefix in them; those are
/// cleared from their UTF-8 bytes, without decoding, and only the rest go through the full checks.
/// </summary>
internal static class StringValueChecks
{
    // Every credential shape begins with one of these (see CredentialShapes): a value holding none of them cannot match.
    private static readonly SearchValues<string> CredentialMarkers = SearchValues.Create(
        ["-----BEGIN", "AKIA", "ASIA", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xoxa-", "xoxb-", "xoxp-", "xoxr-", "xoxs-", "eyJ"],
        StringComparison.Ordinal);

    // A set rather than IndexOfAnyExceptInRange(' ', '~'), whose char form allocates on every call here.
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    public static void Check(JsonElement root, ProblemSink sink)
    {
        // Almost every object has only plain values: one pass that tracks nothing tells, and only an object
        // with some other value is walked again with its field paths.
        if (!AllPlain(root))
        {
            Walk(root, null, default, -1, sink);
        }
    }

    private static bool AllPlain(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!AllPlain(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!AllPlain(item))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.String:
                return IsPlainSafe(JsonMarshal.GetRawUtf8Value(element));
            default:
                return true;
        }
    }

    // The field path is built only when a problem is found: parent path, plus this element's key or index.
    private static void Walk(JsonElement element, Func<string>? parentPath, string? key, int index, ProblemSink sink)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                Func<string>? objectPath = parentPath is null && key is null && index < 0 ? null : () => PathOf(parentPath, key, index);
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, objectPath ?? Root, property.Name, -1, sink);
                }

                break;
            case JsonValueKind.Array:
                var arrayPath = () => PathOf(parentPath, key, index);
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, arrayPath, null, i++, sink);
                }

                break;
            case JsonValueKind.String when !IsPlainSafe(JsonMarshal.GetRawUtf8Value(element)):
                var text = element.GetString()!;
                if (CredentialShapes.Match(text) is { } shape)
                {
                    sink.Add(Rules.RuleDescriptors.CredentialValue, PathOf(parentPath, key, index), $"holds what looks like {shape}, which would be written into the manifests in clear");
                }

                if (CarriedCharacters.FirstUncarried(text) is { } bad)
                {
                    sink.Add(PathOf(parentPath, key, index), $"holds {bad}, which kubectl and kustomize cannot carry unchanged (they refuse the file or turn it into a line break)");
                }

                break;
        }
    }

    private static string Root() => "";

    private static string PathOf(Func<string>? parentPath, string? key, int index)
    {
        var parent = parentPath?.Invoke() ?? "";
        return key is not null ? FieldPath.Key(parent, key) : FieldPath.Index(parent, index);
    }

    /// <summary>
    /// True when <paramref name="value"/> needs no check: printable ASCII (so every character is carried) with no
    /// credential marker. Writers that see each string anyway tell the validator so, and it skips the walk.
    /// </summary>
    public static bool IsPlainSafe(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept(PrintableAscii) && (value.Length < 3 || value.IndexOfAny(CredentialMarkers) < 0);

    /// <summary>
    /// The same for UTF-8 bytes, or the raw inside of a JSON string token: printable ASCII without escapes and no
    /// credential marker. Anything else is decoded and checked in full.
    /// </summary>
    public static bool IsPlainSafe(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0 || raw.Contains((byte)'\\'))
        {
            return false;
        }

        if (raw.Length < 3)
        {
            return true;
        }

        Span<char> chars = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            chars[i] = (char)raw[i];
        }

        return chars.IndexOfAny(CredentialMarkers) < 0;
    }
}
