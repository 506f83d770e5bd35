using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>The comparison of rendered files with what an output root holds now; reads, never writes.</summary>
internal sealed class OutputPlan
{
    public required HashSet<string> UnchangedPaths { get; init; }

    public required List<string> Changed { get; init; }

    public required List<string> Removed { get; init; }

    /// <summary>Files and links the tool did not write: carried over untouched.</summary>
    public required List<string> UserFiles { get; init; }

    /// <summary>Empty folders, which can only be the user's: recreated in the new tree.</summary>
    public required List<string> UserFolders { get; init; }

    public required List<string> Conflicts { get; init; }

    /// <summary>What the root holds now, as listed for this comparison.</summary>
    public required OutputTree OnDisk { get; init; }

    /// <summary>The ledger lists exactly the files rendered now: a new one would be the same list.</summary>
    public required bool LedgerIsCurrent { get; init; }

    public bool IsCurrent => Changed.Count == 0 && Removed.Count == 0;

    /// <summary>The render changes one file that is already listed and nothing else: no file removed, none added, no conflict.</summary>
    public bool ChangesOneFileOnly => Changed.Count == 1 && Removed.Count == 0 && Conflicts.Count == 0 && LedgerIsCurrent;

    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        var layout = RenderedFolders.Of(files);
        using var current = OpenFolders.Open(root, layout.Folders);
        return Compare(root, files, layout, current);
    }

    /// <summary>Compares through <paramref name="current"/>, the root's folders of <paramref name="layout"/>, opened by the caller.</summary>
    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files, RenderedFolders layout, OpenFolders current)
    {
        var ledger = OutputLedger.Read(root);
        var onDisk = OutputTree.Read(root);

        // A link is never the tool's, even where the ledger names its path: the tool writes plain files only.
        var userFiles = onDisk.Leaves.Where(p => (onDisk.Links.Contains(p) || !ledger.Contains(p)) && p != OutputLedger.FileName)
            .Order(StringComparer.Ordinal).ToList();

        // Reading back every file is most of a render that changes nothing: it runs on every core, into
        // fixed slots, and the lists below are built in render order whatever the scheduling.
        var same = new bool[files.Count];
        ParallelFiles.For(files.Count, i =>
        {
            var file = files[i];
            same[i] = !file.UserOwned && ledger.Contains(file.Path) && onDisk.Files.Contains(file.Path) &&
                FileBytes.HasContent(current.Folders[layout.FolderOf[i]], RenderedFolders.NameOf(file.Path), file.Utf8.Span);
        });

        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (file.UserOwned && (onDisk.Files.Contains(file.Path) || onDisk.Links.Contains(file.Path)))
            {
                continue;
            }

            if (same[i])
            {
                unchanged.Add(file.Path);
            }
            else
            {
                changed.Add(file.Path);
            }
        }

        // A user-owned starter file is the user's once it exists: never in the way, never pruned.
        var rendered = files.Where(f => !f.UserOwned).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var renderedFolders = FoldersOf(rendered);
        return new OutputPlan
        {
            UnchangedPaths = unchanged,
            Changed = changed,
            Removed = ledger.Where(p => !rendered.Contains(p) && onDisk.Files.Contains(p)).Order(StringComparer.Ordinal).ToList(),
            UserFiles = userFiles,

            // An empty folder a rendered file goes into is filled by the render, not recreated.
            UserFolders = onDisk.EmptyFolders.Where(f => !renderedFolders.Contains(f)).Order(StringComparer.Ordinal).ToList(),
            Conflicts = Conflicting(userFiles.Concat(onDisk.EmptyFolders), rendered, renderedFolders),
            OnDisk = onDisk,
            LedgerIsCurrent = ledger.Count == rendered.Count && rendered.All(ledger.Contains),
        };
    }

    public WriteResult ToResult(string root) => Conflicts.Count > 0
        ? new WriteResult(root, [], [], 0, Conflicts)
        : new WriteResult(root, Changed, Removed, UnchangedPaths.Count, []);

    // Every folder above a rendered file; the span lookup allocates a string only for a folder not met before.
    private static HashSet<string> FoldersOf(HashSet<string> rendered)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var lookup = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var path in rendered)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                lookup.Add(path.AsSpan(0, slash));
            }
        }

        return folders;
    }

    // A user's file or empty folder is in the way when it sits at a rendered path, at a folder a rendered
    // file needs (a file there), or inside a path where a rendered file would go.
    private static List<string> Conflicting(IEnumerable<string> userEntries, HashSet<string> rendered, HashSet<string> renderedFolders) =>
        userEntries.Where(user => rendered.Contains(user) || renderedFolders.Contains(user) || Ancestors(user).Any(rendered.Contains))
            .Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}
