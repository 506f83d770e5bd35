using System.Buffers;
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
    public static void Append(Utf8Buffer output, ReadOnlySpan<char> value)
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
            AppendSingleQuoted(output, value);
        }
    }

    /// <summary>The scalar text of <paramref name="value"/> on its own, for callers outside the emitter (tests, messages).</summary>
    public static string Format(string value)
    {
        var buffer = new Utf8Buffer();
        Append(buffer, value.AsSpan());
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Appends the UTF-8 string <paramref name="utf8"/> as a scalar; the decision is the one made for its UTF-16 form.</summary>
    public static void Append(Utf8Buffer output, ReadOnlySpan<byte> utf8)
    {
        // Decisions are made on UTF-16 code units, exactly as for a string; most scalars fit on the stack.
        char[]? rented = null;
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length));
        var count = Encoding.UTF8.GetChars(utf8, chars);
        Append(output, chars[..count]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Plain only for printable ASCII that no YAML 1.1 or 1.2 resolver turns into a bool, null, number
    /// or timestamp, and that holds no indicator where it would change the meaning.
    /// </summary>
    internal static bool CanBePlain(ReadOnlySpan<char> value)
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReservedWordsBySpan =
        ReservedWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest reserved word has five letters: a longer scalar needs no lookup (most keys and values).
    private static bool IsReservedWord(ReadOnlySpan<char> value) => value.Length <= 5 && ReservedWordsBySpan.Contains(value);

    // Anything that starts like a number and stays within number characters: decimal, octal (0o17, 017),
    // hex, binary, floats with exponents, YAML 1.1 sexagesimal (1:20) and underscores (1_000), versions (1.15.0).
    private static bool LooksNumeric(ReadOnlySpan<char> value)
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
    private static bool LooksLikeTimestamp(ReadOnlySpan<char> value) =>
        value.Length >= 8 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) &&
        char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]) && value[4] == '-';

    private static bool NeedsEscapes(ReadOnlySpan<char> value)
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

    private static void AppendSingleQuoted(Utf8Buffer output, ReadOnlySpan<char> value)
    {
        output.Append((byte)'\'');
        var quote = value.IndexOf('\'');
        while (quote >= 0)
        {
            output.Append(value[..(quote + 1)]);
            output.Append((byte)'\'');
            value = value[(quote + 1)..];
            quote = value.IndexOf('\'');
        }

        output.Append(value);
        output.Append((byte)'\'');
    }

    private static void AppendDoubleQuoted(Utf8Buffer output, ReadOnlySpan<char> value)
    {
        output.Append((byte)'"');
        Span<char> escape = stackalloc char[6];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': output.Append("\\\\"u8); break;
                case '"': output.Append("\\\""u8); break;
                case '\0': output.Append("\\0"u8); break;
                case '\t': output.Append("\\t"u8); break;
                case '\n': output.Append("\\n"u8); break;
                case '\r': output.Append("\\r"u8); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(value.Slice(i++, 2));
                    }
                    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
                    {
                        escape[0] = '\\';
                        escape[1] = 'u';
                        ((int)c).TryFormat(escape[2..], out _, "X4", CultureInfo.InvariantCulture);
                        output.Append(escape);
                    }
                    else
                    {
                        output.Append(value.Slice(i, 1));
                    }

                    break;
            }
        }

        output.Append((byte)'"');
    }
}
