using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>
/// The only code that writes output. A new tree is built beside the output root (unchanged files and
/// the user's own files carried over, not rewritten) and swapped in whole, so the root always holds a
/// complete render. Files written earlier and no longer produced disappear; files the tool never wrote stay.
/// </summary>
public static class ManifestWriter
{
    /// <summary>Makes <paramref name="root"/> hold exactly <paramref name="files"/> plus the user's own files.</summary>
    public static WriteResult Write(string root, IReadOnlyList<RenderedFile> files)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        DirectorySwap.Recover(root);
        var lastIndexOfPath = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (OutputPaths.Problem(files[i].Path) is { } problem)
            {
                throw new ArgumentException($"Refusing to write {problem}.", nameof(files));
            }

            lastIndexOfPath[files[i].Path] = i;
        }

        var plan = OutputPlan.Compare(root, files);
        if (plan.Conflicts.Count > 0 || plan.IsCurrent)
        {
            return plan.ToResult(root);
        }

        var next = NextPath(root);
        if (Directory.Exists(next))
        {
            Directory.Delete(next, recursive: true);
        }

        try
        {
            Directory.CreateDirectory(next);
            foreach (var folder in Folders(files.Select(f => f.Path).Concat(plan.UserFiles)))
            {
                Directory.CreateDirectory(OutputPaths.Combine(next, folder));
            }

            // Each file is its own, so they are written on every core; what ends up on disk does not depend on the order.
            Parallel.For(0, files.Count, i =>
            {
                var file = files[i];
                if (lastIndexOfPath[file.Path] != i)
                {
                    return; // A path rendered twice keeps its last content, as when files were written one after another.
                }

                var destination = OutputPaths.Combine(next, file.Path);
                if (plan.UnchangedPaths.Contains(file.Path))
                {
                    FileCarryOver.Carry(OutputPaths.Combine(root, file.Path), destination);
                }
                else
                {
                    FileBytes.CreateNew(destination, file.Utf8.Span);
                }
            });

            foreach (var userFile in plan.UserFiles)
            {
                FileCarryOver.Carry(OutputPaths.Combine(root, userFile), OutputPaths.Combine(next, userFile));
            }

            File.WriteAllBytes(Path.Combine(next, OutputLedger.FileName), OutputLedger.Format(files.Select(f => f.Path)));
            DirectorySwap.Exchange(next, root);
        }
        finally
        {
            if (Directory.Exists(next))
            {
                Directory.Delete(next, recursive: true);
            }
        }

        return plan.ToResult(root);
    }

    // Every folder the files need, parents before children, each once: creating them per file cost a stat each.
    private static SortedSet<string> Folders(IEnumerable<string> paths)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var slash = path.LastIndexOf('/'); slash > 0 && folders.Add(path[..slash]); slash = path.LastIndexOf('/', slash - 1))
            {
            }
        }

        return folders;
    }

    private static string NextPath(string root) =>
        Path.Combine(Path.GetDirectoryName(root)!, "." + Path.GetFileName(root) + ".next");
}
