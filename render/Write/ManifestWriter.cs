using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>
/// The only code that writes output. A new tree is built beside the output root (unchanged files and
/// the user's own files carried over, not rewritten) and swapped in whole, so the root always holds a
/// complete render. Files written earlier and no longer produced disappear; files the tool never wrote stay.
/// When the files read back show nothing changed, nothing is written; when they show one file's content is
/// the only change, that file alone is replaced, by one rename, which is just as atomic.
/// </summary>
public static class ManifestWriter
{
    /// <summary>Makes <paramref name="root"/> hold exactly <paramref name="files"/> plus the user's own files.</summary>
    /// <exception cref="ArgumentException">A path would leave the root, or a file holds a Secret's data: a bug upstream, so nothing is written.</exception>
    public static WriteResult Write(string root, IReadOnlyList<RenderedFile> files) => Write(root, files, fingerprint: null);

    /// <summary>
    /// Makes <paramref name="root"/> hold exactly <paramref name="files"/> plus the user's own files, and records
    /// that they are the render with <paramref name="fingerprint"/>, for <see cref="HoldsRender"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A path would leave the root, or a file holds a Secret's data: a bug upstream, so nothing is written.</exception>
    public static WriteResult Write(string root, IReadOnlyList<RenderedFile> files, string? fingerprint)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        foreach (var file in files)
        {
            if (OutputPaths.Problem(file.Path) is { } problem)
            {
                throw new ArgumentException($"Refusing to write {problem}.", nameof(files));
            }

            if (SecretGuard.CarriesSecretData(file.Utf8.Span))
            {
                throw new ArgumentException($"Refusing to write '{file.Path}': it holds a Secret's data, which never goes into manifests.", nameof(files));
            }
        }

        // Also refuses two files at one path.
        var layout = RenderedLayout.Of(files);
        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        using var exclusive = OutputLock.Acquire(root);
        DirectorySwap.Recover(root);
        var result = WriteLocked(root, files, layout);
        if (result.Conflicts.Count == 0)
        {
            // After the files are in place: a record is only ever of files that are there (and is checked against them anyway).
            Record(root, files, fingerprint);
        }

        return result;
    }

    /// <summary>
    /// True when <paramref name="root"/> is there with the record a write left beside it: only then can it hold a
    /// render, and is <see cref="HoldsRender"/> worth asking.
    /// </summary>
    internal static bool KeepsRenderRecord(string root)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        return Directory.Exists(root) && File.Exists(RenderRecord.PathFor(root));
    }

    /// <summary>
    /// True when <paramref name="root"/> holds exactly what the render with <paramref name="fingerprint"/> wrote
    /// there (see <see cref="RenderRecord"/>): then that render need not run again.
    /// </summary>
    internal static bool HoldsRender(string root, string fingerprint)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!Directory.Exists(root))
        {
            return false;
        }

        using var exclusive = OutputLock.Acquire(root);
        DirectorySwap.Recover(root);
        return RenderRecord.Holds(root, fingerprint);
    }

    // The write itself, under the root's lock.
    private static WriteResult WriteLocked(string root, IReadOnlyList<RenderedFile> files, RenderedLayout layout)
    {
        using var current = OpenFolders.Open(root, layout.Folders);
        var readBack = OutputReadBack.Read(root, layout, current);
        if (readBack.ShowsNothingChanged)
        {
            return new WriteResult(root, [], [], readBack.ToolFiles, []);
        }

        // One file's content is the only change: one rename puts it in place, the rest is not touched (see FileReplace).
        var next = NextPath(root);
        if (readBack is { OnlyContentCanDiffer: true, Differing: [var changed] } && OutputReadBack.HasRoomFor(layout, current, changed))
        {
            DeleteScratch(next);
            if (FileReplace.TryReplace(current.Folders[layout.FolderOf[changed]], RenderedLayout.NameOf(files[changed].Path), files[changed].Utf8.Span, next))
            {
                return new WriteResult(root, [files[changed].Path], [], readBack.ToolFiles - 1, []);
            }
        }

        var plan = OutputPlan.Compare(root, layout, readBack);
        if (plan.Conflicts.Count > 0 || plan.IsCurrent)
        {
            return plan.ToResult(root);
        }

        DeleteScratch(next);

        try
        {
            Directory.CreateDirectory(next);
            using (var nextFolders = OpenFolders.Create(next, layout.Folders))
            {
                // Each file is its own: they are created or carried over on every core. What ends up on disk does
                // not depend on the order, and a failure stops the loop and leaves only the scratch tree to delete.
                ParallelFiles.For(files.Count, i =>
                {
                    var file = files[i];
                    if (file.UserOwned && plan.UserFileAt[i])
                    {
                        return;
                    }

                    var folder = layout.FolderOf[i];
                    var name = RenderedLayout.NameOf(file.Path);
                    if (plan.Unchanged[i])
                    {
                        FileCarryOver.Carry(current.Folders[folder], nextFolders.Folders[folder], name);
                    }
                    else
                    {
                        FileBytes.CreateNew(nextFolders.Folders[folder], name, file.Utf8.Span);
                    }
                });
            }

            foreach (var userFile in plan.UserFiles)
            {
                var destination = OutputPaths.Combine(next, userFile);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                FileCarryOver.Carry(OutputPaths.Combine(root, userFile), destination);
            }

            foreach (var userFolder in plan.UserFolders)
            {
                Directory.CreateDirectory(OutputPaths.Combine(next, userFolder));
            }

            File.WriteAllBytes(Path.Combine(next, OutputLedger.FileName), OutputLedger.Format(files.Where(f => !f.UserOwned).Select(f => f.Path)));
            DirectorySwap.Exchange(next, root);

            // The old tree is now the scratch tree. Its rendered files go on every core, through the handles opened
            // for the comparison, which followed the folders into it; the delete below takes what is left.
            ParallelFiles.For(files.Count, i =>
            {
                if (plan.OnDisk.AtRenderedPaths[i] == EntryKind.File)
                {
                    FileBytes.TryDelete(current.Folders[layout.FolderOf[i]], RenderedLayout.NameOf(files[i].Path));
                }
            });
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

    private static void Record(string root, IReadOnlyList<RenderedFile> files, string? fingerprint)
    {
        if (fingerprint is null)
        {
            RenderRecord.Forget(root);
        }
        else
        {
            RenderRecord.Save(root, files, fingerprint);
        }
    }

    // The scratch tree of a render that was interrupted: never the user's (the lock is ours).
    private static void DeleteScratch(string next)
    {
        if (Directory.Exists(next))
        {
            Directory.Delete(next, recursive: true);
        }
    }

    private static string NextPath(string root) =>
        Path.Combine(Path.GetDirectoryName(root)!, "." + Path.GetFileName(root) + ".next");
}
