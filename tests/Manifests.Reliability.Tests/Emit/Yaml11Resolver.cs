using System.Text.RegularExpressions;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>
/// The implicit types of the YAML 1.1 type repository (yaml.org/type: bool, null, int, float, timestamp,
/// merge, value) and of YAML 1.2's core schema: a plain scalar matching one of them is not read as a string
/// by every reader, so a string written plain must match none.
/// </summary>
internal static partial class Yaml11Resolver
{
    public static string? NonStringType(string plain) =>
        Bool().IsMatch(plain) ? "bool"
        : Null().IsMatch(plain) ? "null"
        : Int().IsMatch(plain) ? "int"
        : Float().IsMatch(plain) ? "float"
        : Timestamp().IsMatch(plain) ? "timestamp"
        : plain is "<<" ? "merge"
        : plain is "=" ? "value"
        : null;

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool();

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex Null();

    [GeneratedRegex("^([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+|0o[0-7]+)$")]
    private static partial Regex Int();

    [GeneratedRegex(@"^([-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)$")]
    private static partial Regex Float();

    [GeneratedRegex(@"^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?(([ \t]*)Z|[-+][0-9][0-9]?(:[0-9][0-9])?)?)$")]
    private static partial Regex Timestamp();
}
