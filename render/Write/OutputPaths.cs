namespace Manifests.Render.Write;

/// <summary>Keeps every written path inside its output root, whatever an object name says.</summary>
internal static class OutputPaths
{
    /// <summary>Why <paramref name="relativePath"/> cannot be written under an output root, or <see langword="null"/> when it can.</summary>
    public static string? Problem(string relativePath)
    {
        if (string.IsNullOrEmpty(relativePath) || relativePath.Contains('\\') || relativePath.Contains('\0') ||
            Path.IsPathRooted(relativePath) || relativePath.StartsWith('/'))
        {
            return $"'{relativePath}' is not a relative '/'-separated path";
        }

        // Spans rather than Split: this runs for every rendered file and every ledger line, tens of thousands a render.
        var path = relativePath.AsSpan();
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length == 0 || segment is "." or ".." || segment.Length > 255)
            {
                return $"'{relativePath}' has an empty, '.', '..' or over-long segment and would leave the output folder";
            }
        }

        return null;
    }

    /// <summary>Joins a checked relative path to a root.</summary>
    public static string Combine(string root, string relativePath) =>
        Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
