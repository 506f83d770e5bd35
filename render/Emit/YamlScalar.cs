using System.Globalization;
using System.Text;

namespace Manifests.Render.Emit;

/// <summary>
/// Writes one string as a YAML scalar that every reader (YAML 1.1 like kubectl's, or 1.2) reads back
/// as exactly that string: plain when it cannot be mistaken for anything else, quoted otherwise.
/// </summary>
internal static class YamlScalar
{
    /// <summary>Appends <paramref name="value"/> as a scalar in its safest readable form.</summary>
    public static void Append(StringBuilder output, string value)
    {
        if (CanBePlain(value))
        {
            output.Append(value);
        }
        else if (NeedsEscapes(value))
        {
            AppendDoubleQuoted(output, value);
        }
        else
        {
            output.Append('\'').Append(value.Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }
    }

    /// <summary>
    /// Plain only for printable ASCII that no YAML 1.1 or 1.2 resolver turns into a bool, null, number
    /// or timestamp, and that holds no indicator where it would change the meaning.
    /// </summary>
    internal static bool CanBePlain(string value)
    {
        if (value.Length == 0 || IsIndicatorStart(value[0]) || value[0] == ' ' || value[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }

            if (c == '#' && value[i - 1] == ' ')
            {
                return false;
            }

            if (c == ':' && (i == value.Length - 1 || value[i + 1] == ' '))
            {
                return false;
            }
        }

        return !IsReservedWord(value) && !LooksNumeric(value) && !LooksLikeTimestamp(value);
    }

    private static bool IsIndicatorStart(char c) => "-?:,[]{}#&*!|>'\"%@`=<.~+".Contains(c, StringComparison.Ordinal);

    // YAML 1.1 booleans and nulls, compared without case so that every spelling any reader accepts is quoted.
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf",
    };

    private static bool IsReservedWord(string value) => ReservedWords.Contains(value);

    // Anything that starts like a number and stays within number characters: decimal, octal (0o17, 017),
    // hex, binary, floats with exponents, YAML 1.1 sexagesimal (1:20) and underscores (1_000), versions (1.15.0).
    private static bool LooksNumeric(string value)
    {
        var first = value[0];
        if (!char.IsAsciiDigit(first))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiHexDigit(c) || c is 'x' or 'X' or 'o' or 'O' or '_' or '.' or ':' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // YAML 1.1 timestamps start with a four-digit year and a month (2001-12-14t21:59:43.10-05:00).
    private static bool LooksLikeTimestamp(string value) =>
        value.Length >= 8 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) &&
        char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]) && value[4] == '-';

    private static bool NeedsEscapes(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendDoubleQuoted(StringBuilder output, string value)
    {
        output.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '"': output.Append("\\\""); break;
                case '\0': output.Append("\\0"); break;
                case '\t': output.Append("\\t"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                    {
                        output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }
}
