using System.Text;
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

    public bool IsCurrent => Changed.Count == 0 && Removed.Count == 0;

    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        var ledger = OutputLedger.Read(root);
        var onDisk = OutputTree.Read(root);

        // A link is never the tool's, even where the ledger names its path: the tool writes plain files only.
        var userFiles = onDisk.Leaves.Where(p => (onDisk.Links.Contains(p) || !ledger.Contains(p)) && p != OutputLedger.FileName)
            .Order(StringComparer.Ordinal).ToList();
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in files)
        {
            if (file.UserOwned && onDisk.Leaves.Contains(file.Path))
            {
                continue;
            }

            if (ledger.Contains(file.Path) && onDisk.Files.Contains(file.Path) && FileBytes.HasContent(OutputPaths.Combine(root, file.Path), file.Utf8.Span))
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
        return new OutputPlan
        {
            UnchangedPaths = unchanged,
            Changed = changed,
            Removed = ledger.Where(p => !rendered.Contains(p) && onDisk.Files.Contains(p)).Order(StringComparer.Ordinal).ToList(),
            UserFiles = userFiles,
            UserFolders = onDisk.EmptyFolders.Where(f => !rendered.Any(r => IsInside(r, f))).Order(StringComparer.Ordinal).ToList(),
            Conflicts = Conflicting(userFiles.Concat(onDisk.EmptyFolders), rendered),
        };
    }

    public WriteResult ToResult(string root) => Conflicts.Count > 0
        ? new WriteResult(root, [], [], 0, Conflicts)
        : new WriteResult(root, Changed, Removed, UnchangedPaths.Count, []);

    // A user's file or empty folder is in the way when it sits at a rendered path, at a folder a rendered
    // file needs (a file there), or inside a path where a rendered file would go.
    private static List<string> Conflicting(IEnumerable<string> userEntries, HashSet<string> rendered)
    {
        var renderedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in rendered)
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                renderedFolders.Add(path[..slash]);
            }
        }

        return userEntries.Where(user => rendered.Contains(user) || renderedFolders.Contains(user) || Ancestors(user).Any(rendered.Contains))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }

    private static bool IsInside(string path, string folder) =>
        path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);
}
