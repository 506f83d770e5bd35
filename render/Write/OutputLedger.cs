using System.Text;

namespace Manifests.Render.Write;

/// <summary>What a ledger lists, against the files rendered now.</summary>
/// <param name="Listed">For each rendered file, by its place in the list: whether the ledger lists its path.</param>
/// <param name="Others">Listed paths that are not rendered now.</param>
internal sealed record LedgerEntries(bool[] Listed, HashSet<string> Others)
{
    /// <summary>True when the ledger lists <paramref name="path"/>.</summary>
    public bool Lists(string path, RenderedLayout layout) => layout.IndexOf(path) is var index and >= 0 ? Listed[index] : Others.Contains(path);
}

/// <summary>
/// The list of files Manifests wrote into an output root, kept in the root itself. A file not listed
/// there is the user's: it is never deleted or overwritten.
/// </summary>
internal static class OutputLedger
{
    /// <summary>No extension, so neither kubectl nor Argo CD takes it for a manifest.</summary>
    public const string FileName = ".manifests-ledger";

    private const string Header = "# Files written by Manifests; any other file here is yours and is left alone.";

    /// <summary>The paths listed, matched with the rendered files (a set: the callers only ask whether a path is listed).</summary>
    public static LedgerEntries Read(string root, RenderedLayout layout)
    {
        var entries = new LedgerEntries(new bool[layout.Files.Count], new HashSet<string>(StringComparer.Ordinal));
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return entries;
        }

        // One decoded text, lines as spans of it: a path still rendered costs a lookup and no string.
        var bytes = File.ReadAllBytes(path).AsSpan();
        var text = Encoding.UTF8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes).AsSpan();
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('\r', '\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? default : text[(end + 1)..];
            if (line.IsEmpty || line[0] == '#' || !OutputPaths.IsSafe(line))
            {
                continue;
            }

            if (layout.IndexOf(line) is var index and >= 0)
            {
                entries.Listed[index] = true;
            }
            else
            {
                entries.Others.Add(line.ToString());
            }
        }

        return entries;
    }

    public static byte[] Format(IEnumerable<string> paths)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            text.Append(path).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
