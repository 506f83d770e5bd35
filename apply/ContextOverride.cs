namespace Manifests.Apply;

/// <summary>The <c>target=context</c> form of <c>--context</c>.</summary>
public static class ContextOverride
{
    /// <summary>Splits <c>target=context</c>; both sides must be non-empty.</summary>
    public static bool TryParse(string value, out string target, out string context)
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        (target, context) = at > 0 && at < value.Length - 1 ? (value[..at], value[(at + 1)..]) : ("", "");
        return target.Length > 0;
    }

    /// <summary>Turns validated pairs into a map; a later pair for the same target wins, as with repeated flags.</summary>
    public static IReadOnlyDictionary<string, string> ToDictionary(IEnumerable<string> values)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (TryParse(value, out var target, out var context))
            {
                map[target] = context;
            }
        }

        return map;
    }
}
