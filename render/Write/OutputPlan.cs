using Manifests.Render.Emit;

using System.IO.Enumeration;

namespace Manifests.Render.Write;

/// <summary>The comparison of rendered files with what an output root holds now; reads, never writes.</summary>
internal sealed class OutputPlan
{
    public required HashSet<string> UnchangedPaths { get; init; }

    public required List<string> Changed { get; init; }

    public required List<string> Removed { get; init; }

    public required List<string> UserFiles { get; init; }

    public required List<string> Conflicts { get; init; }

    public bool IsCurrent => Changed.Count == 0 && Removed.Count == 0;

    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        var ledger = OutputLedger.Read(root);
        var onDisk = ListFiles(root);
        var rendered = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var userFiles = onDisk.Where(p => !ledger.Contains(p) && p != OutputLedger.FileName).ToList();
        // Reading back every file is most of a no-change render, so it runs on every core; the lists keep render order.
        var same = new bool[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            same[i] = ledger.Contains(file.Path) && onDisk.Contains(file.Path) && FileBytes.HasContent(OutputPaths.Combine(root, file.Path), file.Utf8.Span);
        });

        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            if (same[i])
            {
                unchanged.Add(files[i].Path);
            }
            else
            {
                changed.Add(files[i].Path);
            }
        }

        return new OutputPlan
        {
            UnchangedPaths = unchanged,
            Changed = changed,
            Removed = ledger.Where(p => !rendered.Contains(p) && onDisk.Contains(p)).Order(StringComparer.Ordinal).ToList(),
            UserFiles = userFiles,
            Conflicts = userFiles.Where(rendered.Contains).ToList(),
        };
    }

    public WriteResult ToResult(string root) => Conflicts.Count > 0
        ? new WriteResult(root, [], [], 0, Conflicts)
        : new WriteResult(root, Changed, Removed, UnchangedPaths.Count, []);

    private static HashSet<string> ListFiles(string root)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return paths;
        }

        // The relative path is built from the entry's own spans: GetRelativePath on each of tens of thousands of
        // full paths was a sizeable part of a render that changes nothing.
        var prefix = Path.EndsInDirectorySeparator(root) ? root.Length : root.Length + 1;
        var files = new FileSystemEnumerable<string>(
            root,
            (ref FileSystemEntry entry) => entry.Directory.Length < prefix
                ? entry.FileName.ToString()
                : string.Concat(entry.Directory[prefix..], "/", entry.FileName).Replace(Path.DirectorySeparatorChar, '/'),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var path in files)
        {
            paths.Add(path);
        }

        return paths;
    }
}
