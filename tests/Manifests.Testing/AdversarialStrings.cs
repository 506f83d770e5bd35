using System.Text;

namespace Manifests.Testing;

/// <summary>Strings that a YAML writer easily gets wrong, in the sets the tests hold the render to.</summary>
public static class AdversarialStrings
{
    /// <summary>
    /// The set that pins down every branch of <c>YamlScalar</c>'s decision between plain, single- and double-quoted:
    /// YAML 1.1 and 1.2 booleans, nulls, numbers and timestamps, indicators at the start, comment and mapping markers
    /// inside, quotes, escapes, control and format characters, non-ASCII text and surrogate pairs. Recorded output
    /// depends on it: never reorder or extend it.
    /// </summary>
    public static readonly string[] QuotingCases =
    [
        "", " ", "  ", "plain", "two words", " leading", "trailing ", "x",
        "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF", "true", "True", "TRUE",
        "false", "False", "null", "Null", "NULL", "~", "nan", ".nan", "NaN", "inf", ".inf", "-.inf", "Inf",
        "0", "1", "-1", "+1", "007", "0o17", "0x1F", "0b101", "1e3", "1E-3", "1.5", ".5", "5.", "1_000",
        "1:20", "1:20:30.5", "1.15.0", "9080", "12abc", "1a", "0xZZ", "200m", "256Mi", "2G", "100%",
        "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "1234-", "1234-x", "123-4567",
        "-", "--", "---", "- item", "-x", "?", "? x", "?x", ":", ":x", "a:", "a: b", "a:b", "http://example.com:8080/x",
        ",", "a,b", "[", "[a]", "]", "{", "{a: b}", "}", "#", "#comment", "a #b", "a#b", "a # b",
        "&anchor", "*alias", "!tag", "!!str", "|", "|-", ">", ">-", "'", "''", "'quoted'", "it's", "\"", "\"quoted\"",
        "say \"hi\"", "%TAG", "@at", "`tick", "=", "<<", "<", ".", "..", "...", "~x", "+", "a+b",
        "back\\slash", "\\", "tab\there", "\t", "line\nbreak", "\n", "trailing\n", "cr\rlf", "nul\0byte", "\u0001", "\u001f",
        "del\u007f", "nel\u0085", "c1\u0080", "c1\u009f", "nbsp\u00a0x", "ls\u2028", "ps\u2029", "bom\ufeff", "\ufeffbom",
        "nonchar\ufffe", "nonchar\uffff", "\ue000private", "café", "naïve", "日本語", "Ελληνικά", "עברית",
        "emoji 😀", "😀", "𝕏", "a😀b",
        "docker.io/istio/examples-bookinfo-reviews-v3:1.15.0", "reviews.default.svc.cluster.local", "/productpage",
        "/api/v1/products", "*", "*.example.com", "app.kubernetes.io/name", "asm.alibabacloud.com/managed-by-asm",
        "{{ .Values.x }}", "${VAR}", "$(VAR)", "a: b # c", "key=value", "a\"b'c", "' x '", "\" x \"",
        "very long " + new string('x', 300),
    ];

    /// <summary>
    /// Strings a naive YAML writer turns into something else: YAML 1.1 and 1.2 booleans, nulls, numbers and
    /// timestamps, indicators, comment and mapping markers, white space and line breaks, control characters,
    /// non-BMP text and a very long value. Each must come back as exactly itself after a render.
    /// </summary>
    public static IReadOnlyList<string> ReadBackCorpus { get; } = BuildReadBackCorpus();

    /// <summary>
    /// Strings kubectl's own YAML cannot carry (it refuses DEL, C1 controls and U+FFFE/U+FFFF, and turns
    /// NEL, LS and PS into line breaks), and a lone surrogate: the render must refuse these, not write them.
    /// </summary>
    public static IReadOnlyList<string> NotCarriable { get; } =
    [
        "delete\u007f", "c1\u0090control", "\u0080", "\u0085next line", "line\u2028separator", "para\u2029separator",
        "nonchar\ufffe", "\uffff", "lone \ud800 surrogate", "\udc00",
    ];

    private static List<string> BuildReadBackCorpus()
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
