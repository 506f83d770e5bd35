using System.Globalization;

namespace Manifests.Render.Validate;

/// <summary>
/// Characters a value may hold and still reach the cluster unchanged. kubectl's YAML (go-yaml, under
/// kustomize and Argo CD) refuses DEL, the C1 controls and U+FFFE/U+FFFF ("control characters are not
/// allowed"), and rewrites NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line breaks; a lone surrogate
/// is not Unicode at all. Everything else, C0 controls included, goes through escaped.
/// </summary>
internal static class CarriedCharacters
{
    /// <summary>The first character of <paramref name="value"/> that cannot be carried, described, or null.</summary>
    public static string? FirstUncarried(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"a lone surrogate U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} at position {i}";
            }

            if (c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF')
            {
                return $"U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)} at position {i}";
            }
        }

        return null;
    }
}
