using System.Text;

namespace Manifests.Render.Write;

/// <summary>What a ledger lists, against the files rendered now.</summary>
/// <param name="Listed">For each rendered file, by its place in the list: whether the ledger lists its path.</param>
/// <param name="Others">Listed paths that are not rendered now.</param>
/// <param name="IsExactly">The ledger lists exactly the files the tool renders now (not the user-owned starter files): a new one would be the same.</param>
internal sealed record LedgerEntries(bool[] Listed, HashSet<string> Others, bool IsExactly)
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
        var listed = new bool[layout.Files.Count];
        var others = new HashSet<string>(StringComparer.Ordinal);
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return new LedgerEntries(listed, others, layout.Files.All(f => f.UserOwned));
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
                listed[index] = true;
            }
            else
            {
                others.Add(line.ToString());
            }
        }

        var exactly = others.Count == 0;
        for (var i = 0; i < listed.Length && exactly; i++)
        {
            exactly = listed[i] == !layout.Files[i].UserOwned;
        }

        return new LedgerEntries(listed, others, exactly);
    }

    /// <summary>The ledger's bytes: a header line, then each path, in ordinal order, one a line.</summary>
    public static byte[] Format(IEnumerable<string> paths)
    {
        var sorted = OrdinalSort(paths.ToArray());
        var header = Encoding.UTF8.GetByteCount(Header) + 1;
        var length = header;
        foreach (var path in sorted)
        {
            length += Encoding.UTF8.GetByteCount(path) + 1;
        }

        // Straight into the file's bytes: no text of the whole ledger first.
        var bytes = new byte[length];
        var written = Encoding.UTF8.GetBytes(Header, bytes);
        bytes[written++] = (byte)'\n';
        foreach (var path in sorted)
        {
            written += Encoding.UTF8.GetBytes(path, bytes.AsSpan(written));
            bytes[written++] = (byte)'\n';
        }

        return bytes;
    }

    // A merge sort that starts from the runs already in order: rendered paths come sorted folder by folder, so a
    // few merge passes replace a full sort of tens of thousands of paths. Any order still comes out sorted.
    private static string[] OrdinalSort(string[] paths)
    {
        var runs = new List<int> { 0 };
        for (var i = 1; i < paths.Length; i++)
        {
            if (string.CompareOrdinal(paths[i - 1], paths[i]) > 0)
            {
                runs.Add(i);
            }
        }

        runs.Add(paths.Length);
        var source = paths;
        var target = new string[paths.Length];
        while (runs.Count > 2)
        {
            var merged = new List<int>(runs.Count / 2 + 2) { 0 };
            for (var r = 0; r + 1 < runs.Count; r += 2)
            {
                var end = r + 2 < runs.Count ? runs[r + 2] : runs[r + 1];
                Merge(source, runs[r], runs[r + 1], end, target);
                merged.Add(end);
            }

            (source, target) = (target, source);
            runs = merged;
        }

        return source;
    }

    // Merges the sorted ranges [start, middle) and [middle, end) of source into the same places of target.
    private static void Merge(string[] source, int start, int middle, int end, string[] target)
    {
        int left = start, right = middle, to = start;
        while (left < middle && right < end)
        {
            target[to++] = string.CompareOrdinal(source[left], source[right]) <= 0 ? source[left++] : source[right++];
        }

        Array.Copy(source, left, target, to, middle - left);
        to += middle - left;
        Array.Copy(source, right, target, to, end - right);
    }
}
