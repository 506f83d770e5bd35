namespace Manifests.Render.Build;

/// <summary>
/// Label and annotation maps, always ordinal-sorted so that output never depends on fill order. A sorted list
/// rather than a sorted tree: the maps hold a handful of entries, and a render builds several per object.
/// </summary>
internal static class Labels
{
    public static IDictionary<string, string> Of(params (string Key, string Value)[] pairs)
    {
        var map = new SortedList<string, string>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }

        return map;
    }

    /// <summary>Adds <paramref name="extra"/> to <paramref name="labels"/>; keys already set by the tool win.</summary>
    public static IDictionary<string, string> Merge(IDictionary<string, string> labels, IReadOnlyDictionary<string, string> extra)
    {
        var map = new SortedList<string, string>(labels.Count + extra.Count, StringComparer.Ordinal);
        foreach (var (key, value) in labels)
        {
            map[key] = value;
        }

        foreach (var (key, value) in extra)
        {
            map.TryAdd(key, value);
        }

        return map;
    }
}
