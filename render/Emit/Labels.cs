namespace Manifests.Render.Emit;

/// <summary>Label and annotation maps, always ordinal-sorted so that output never depends on fill order.</summary>
internal static class Labels
{
    public static IDictionary<string, string> Of(params (string Key, string Value)[] pairs)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }

    /// <summary>Adds <paramref name="extra"/> to <paramref name="labels"/>; keys already set by the tool win.</summary>
    public static IDictionary<string, string> Merge(IDictionary<string, string> labels, IReadOnlyDictionary<string, string> extra)
    {
        var map = new SortedDictionary<string, string>(labels, StringComparer.Ordinal);
        foreach (var (key, value) in extra)
        {
            map.TryAdd(key, value);
        }

        return map;
    }
}
