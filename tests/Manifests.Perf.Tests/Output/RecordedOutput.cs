using System.Text;

namespace Manifests.Perf.Tests;

/// <summary>
/// Reads a render recorded as one text file: each file as a line <c>=== path</c> followed by its exact
/// content (every rendered file ends with a newline, so the next marker always starts a line).
/// </summary>
internal static class RecordedOutput
{
    public const string Marker = "=== ";

    /// <summary>A file of this project's recorded expectations (Expected/, copied beside the test assembly).</summary>
    public static string Expected(string name) => Path.Combine(AppContext.BaseDirectory, "Expected", name);

    public static SortedDictionary<string, byte[]> Read(string path)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        var at = 0;
        while (at < text.Length)
        {
            if (string.CompareOrdinal(text, at, Marker, 0, Marker.Length) != 0)
            {
                throw new InvalidDataException($"{path}: expected '{Marker}' at offset {at}.");
            }

            var endOfName = text.IndexOf('\n', at);
            var name = text[(at + Marker.Length)..endOfName];
            var next = text.IndexOf("\n" + Marker, endOfName, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next + 1;
            files.Add(name, Encoding.UTF8.GetBytes(text[(endOfName + 1)..end]));
            at = end;
        }

        return files;
    }
}
