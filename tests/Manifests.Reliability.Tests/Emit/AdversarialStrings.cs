using System.Text;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>
/// Strings that a naive YAML writer turns into something else: YAML 1.1 and 1.2 booleans, nulls,
/// numbers and timestamps, indicators, comment and mapping markers, white space and line breaks,
/// control characters, non-BMP text and a very long value. Each must come back as exactly itself.
/// </summary>
internal static class AdversarialStrings
{
    public static IReadOnlyList<string> All { get; } = Build();

    /// <summary>
    /// Strings kubectl's own YAML cannot carry (it refuses DEL, C1 controls and U+FFFE/U+FFFF, and turns
    /// NEL, LS and PS into line breaks), and a lone surrogate: the render must refuse these, not write them.
    /// </summary>
    public static IReadOnlyList<string> NotCarriable { get; } =
    [
        "delete\u007f", "c1\u0090control", "\u0080", "\u0085next line", "line\u2028separator", "para\u2029separator",
        "nonchar\ufffe", "\uffff", "lone \ud800 surrogate", "\udc00",
    ];

    private static List<string> Build()
    {
        var values = new List<string>();

        // YAML 1.1 booleans in every spelling a reader might accept, and nulls.
        foreach (var word in new[] { "y", "n", "yes", "no", "on", "off", "true", "false" })
        {
            values.Add(word);
            values.Add(word.ToUpperInvariant());
            values.Add(char.ToUpperInvariant(word[0]) + word[1..]);
        }

        values.AddRange(["oN", "yES", "~", "null", "Null", "NULL", "", " ", "  "]);

        // Numbers as YAML 1.1, YAML 1.2 or Go's strconv would read them.
        values.AddRange([
            "0", "1", "-1", "+1", "007", "0o17", "0O17", "0x1F", "0X1f", "0b1010", "1_000", "1__0", "1e3", "1E3", "1e+3",
            "6.8523015e+5", "685.230_15e+03", "685_230.15", ".5", "-.5", "+.5", "1.", "1.15.0", "3.14", "-0", "0.0",
            ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "nan", "inf", "Infinity", "NaN",
            "190:20:30", "190:20:30.15", "1:20", "-1:20", "0x1p-2", "12e", "0755",
        ]);

        // Timestamps.
        values.AddRange(["2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2002-1-1", "2026-11-25T03:00:00"]);

        // Indicators at the start, and markers inside.
        values.AddRange([
            "*alias", "&anchor", "!tag", "!!str", "%YAML 1.2", "@at", "`tick", "|literal", ">folded", "'quote", "\"double",
            "#comment", "- item", "-item", "-", "--", "---", "...", "? key", "?", ": value", ":", "key: value", "key:", "a #b",
            "a# b", "a:b", "http://example.com:8080/a?b=c#d", "[a, b]", "{a: b}", "a, b", "a [b]", "<<", "=", ",comma",
            "'single' inside", "it's", "say \"hi\"", "back\\slash", "\\n not a newline", "{{ .Values.x }}", "${ENV}",
        ]);

        // White space and line breaks.
        values.AddRange([
            "trailing space ", " leading space", "\ttab first", "tab\tinside", "tab last\t", "line\nbreak", "two\n\nbreaks",
            "ends with newline\n", "\nstarts with newline", "carriage\rreturn", "windows\r\nline", "multi-line\ntext with: colon\n  and indent",
            "no-break\u00a0space",
        ]);

        // Control characters and unusual code points.
        values.AddRange(["nul\0byte", "bell\a", "escape\u001b[0m", "\u0001\u0002\u0003\u001f", "form\ffeed", "vertical\vtab", "\ufeffbyte order mark", "private\ue000use"]);

        // Text beyond ASCII, including characters outside the Basic Multilingual Plane.
        values.AddRange(["café", "İstanbul ıi", "straße", "日本語のテキスト", "emoji 🚀 and 😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀", "مرحبا", "a\u0301 combining", "zero\u200bwidth"]);

        // A 10,000-character value with every hazard repeated inside it.
        var longValue = new StringBuilder();
        while (longValue.Length < 10_000)
        {
            longValue.Append("yes: no # ~ 1e3 'q' \"d\" \\ 🚀 ");
        }

        values.Add(longValue.ToString(0, 10_000));
        values.Add(new string('x', 10_000));
        return values;
    }
}
