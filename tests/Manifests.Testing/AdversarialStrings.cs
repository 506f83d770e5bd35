namespace Manifests.Perf.Tests;

/// <summary>
/// Strings that a YAML writer easily gets wrong: YAML 1.1 and 1.2 booleans, nulls, numbers and timestamps,
/// indicators at the start, comment and mapping markers inside, quotes, escapes, control and format
/// characters, non-ASCII text and surrogate pairs. Not the full corpus (another test owns that): the set
/// that pins down every branch of <c>YamlScalar</c>'s decision between plain, single- and double-quoted.
/// </summary>
internal static class AdversarialStrings
{
    public static readonly string[] All =
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
}
