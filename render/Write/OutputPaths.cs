namespace Manifests.Render.Write;

/// <summary>Keeps every written path inside its output root, whatever an object name says.</summary>
internal static class OutputPaths
{
    private enum Fault
    {
        None,
        NotRelative,
        BadSegment,
    }

    /// <summary>Why <paramref name="relativePath"/> cannot be written under an output root, or <see langword="null"/> when it can.</summary>
    public static string? Problem(string relativePath) => FaultOf(relativePath) switch
    {
        Fault.NotRelative => $"'{relativePath}' is not a relative '/'-separated path",
        Fault.BadSegment => $"'{relativePath}' has an empty, '.', '..' or over-long segment and would leave the output folder",
        _ => null,
    };

    /// <summary>True when <paramref name="relativePath"/> can be written under an output root (<see cref="Problem"/> says why not).</summary>
    public static bool IsSafe(ReadOnlySpan<char> relativePath) => FaultOf(relativePath) == Fault.None;

    /// <summary>Joins a checked relative path to a root.</summary>
    public static string Combine(string root, string relativePath) =>
        Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    // Spans rather than Split: this runs for every rendered file and every ledger line, tens of thousands a render.
    private static Fault FaultOf(ReadOnlySpan<char> path)
    {
        if (path.IsEmpty || path.Contains('\\') || path.Contains('\0') || Path.IsPathRooted(path) || path[0] == '/')
        {
            return Fault.NotRelative;
        }

        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.Length == 0 || segment is "." or ".." || segment.Length > 255)
            {
                return Fault.BadSegment;
            }
        }

        return Fault.None;
    }
}
