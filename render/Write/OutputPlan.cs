using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>The comparison of rendered files with what an output root holds now; reads, never writes.</summary>
internal sealed class OutputPlan
{
    /// <summary>For each rendered file, by its place in the list: already on disk with exactly its bytes.</summary>
    public required bool[] Unchanged { get; init; }

    public required int UnchangedCount { get; init; }

    public required List<string> Changed { get; init; }

    public required List<string> Removed { get; init; }

    /// <summary>Files and links the tool did not write: carried over untouched.</summary>
    public required List<string> UserFiles { get; init; }

    /// <summary>For each rendered file, by its place in the list: a file or link of the user's stands at its path.</summary>
    public required bool[] UserFileAt { get; init; }

    /// <summary>Empty folders, which can only be the user's: recreated in the new tree.</summary>
    public required List<string> UserFolders { get; init; }

    public required List<string> Conflicts { get; init; }

    /// <summary>What the root holds now, as listed for this comparison.</summary>
    public required OutputTree OnDisk { get; init; }

    public bool IsCurrent => Changed.Count == 0 && Removed.Count == 0;

    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        var layout = RenderedLayout.Of(files);
        using var current = OpenFolders.Open(root, layout.Folders);
        return Compare(root, layout, OutputReadBack.Read(root, layout, current));
    }

    /// <summary>Lists the root and completes the comparison that <paramref name="readBack"/> began.</summary>
    public static OutputPlan Compare(string root, RenderedLayout layout, OutputReadBack readBack)
    {
        var files = layout.Files;
        var ledger = readBack.Ledger;
        var onDisk = OutputTree.Read(root, layout);
        var unchanged = new bool[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            unchanged[i] = readBack.SameBytes[i] && onDisk.AtRenderedPaths[i] == EntryKind.File;
        }

        // A link is never the tool's, even where the ledger names its path: the tool writes plain files only.
        var userFiles = new List<string>();
        var userFileAt = new bool[files.Count];
        var changed = new List<string>();
        var removed = new List<string>();
        var unchangedCount = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var atPath = onDisk.AtRenderedPaths[i];
            if (atPath == EntryKind.Link || (atPath == EntryKind.File && !ledger.Listed[i]))
            {
                userFiles.Add(file.Path);
                userFileAt[i] = true;
            }

            if (file.UserOwned)
            {
                // A user-owned starter file is the user's once it exists: never in the way, never pruned. Listed from an
                // earlier render that owned it, it goes as any file no longer rendered, and the starter takes its place.
                if (atPath == EntryKind.File && ledger.Listed[i])
                {
                    removed.Add(file.Path);
                }

                if (atPath != EntryKind.None)
                {
                    continue;
                }
            }

            if (unchanged[i])
            {
                unchangedCount++;
            }
            else
            {
                changed.Add(file.Path);
            }
        }

        userFiles.AddRange(onDisk.OtherLinks.Where(p => p != OutputLedger.FileName));
        userFiles.AddRange(onDisk.OtherFiles.Where(p => !ledger.Others.Contains(p) && p != OutputLedger.FileName));
        userFiles.Sort(StringComparer.Ordinal);
        removed.AddRange(ledger.Others.Where(onDisk.OtherFiles.Contains));
        removed.Sort(StringComparer.Ordinal);
        return new OutputPlan
        {
            Unchanged = unchanged,
            UnchangedCount = unchangedCount,
            Changed = changed,
            Removed = removed,
            UserFiles = userFiles,
            UserFileAt = userFileAt,

            // An empty folder a rendered file goes into is filled by the render, not recreated.
            UserFolders = onDisk.EmptyFolders.Where(f => !layout.RenderedFolders.Contains(f)).Order(StringComparer.Ordinal).ToList(),
            Conflicts = Conflicting(userFiles, onDisk.EmptyFolders, layout),
            OnDisk = onDisk,
        };
    }

    public WriteResult ToResult(string root) => Conflicts.Count > 0
        ? new WriteResult(root, [], [], 0, Conflicts)
        : new WriteResult(root, Changed, Removed, UnchangedCount, []);

    // A user's file is in the way when it sits at a rendered path, at a folder a rendered file needs, or inside a
    // path where a rendered file would go. An empty folder only at or inside a rendered file's path: where a
    // rendered folder goes (a generated folder whose files were deleted, say), the render simply fills it.
    private static List<string> Conflicting(IEnumerable<string> userFiles, IEnumerable<string> emptyFolders, RenderedLayout layout) =>
        userFiles.Where(user => layout.IsToolFile(user) || layout.RenderedFolders.Contains(user) || Ancestors(user).Any(a => layout.IsToolFile(a)))
            .Concat(emptyFolders.Where(folder => layout.IsToolFile(folder) || Ancestors(folder).Any(a => layout.IsToolFile(a))))
            .Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
