using System.Text;
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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (OutputPaths.Problem(file.Path) is { } problem)
            {
                throw new ArgumentException($"Refusing to write {problem}.", nameof(files));
            }

            if (!seen.Add(file.Path))
            {
                throw new ArgumentException($"Refusing to write '{file.Path}' twice: two objects would share one file.", nameof(files));
            }

            if (SecretGuard.CarriesSecretData(file.Utf8.Span))
            {
                throw new ArgumentException($"Refusing to write '{file.Path}': it holds a Secret's data, which never goes into manifests.", nameof(files));
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(root)!);
        using var exclusive = OutputLock.Acquire(root);
        DirectorySwap.Recover(root);
        var plan = OutputPlan.Compare(root, files);
        if (plan.Conflicts.Count > 0)
        {
            return plan.ToResult(root);
        }

        if (plan.IsCurrent)
        {
            Record(root, files, fingerprint);
            return plan.ToResult(root);
        }

        var next = NextPath(root);
        if (Directory.Exists(next))
        {
            // The scratch tree of a render that was interrupted: never the user's (the lock is ours).
            Directory.Delete(next, recursive: true);
        }

        try
        {
            Directory.CreateDirectory(next);

            // Every folder once, up front, rather than once per file.
            foreach (var folder in files.Select(f => f.Path).Concat(plan.UserFiles).Select(ParentFolder).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(OutputPaths.Combine(next, folder));
            }

            var userFiles = plan.UserFiles.ToHashSet(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (file.UserOwned && userFiles.Contains(file.Path))
                {
                    continue;
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
            }

            foreach (var userFile in plan.UserFiles)
            {
                FileCarryOver.Carry(OutputPaths.Combine(root, userFile), OutputPaths.Combine(next, userFile));
            }

            foreach (var userFolder in plan.UserFolders)
            {
                Directory.CreateDirectory(OutputPaths.Combine(next, userFolder));
            }

            File.WriteAllBytes(Path.Combine(next, OutputLedger.FileName), OutputLedger.Format(files.Where(f => !f.UserOwned).Select(f => f.Path)));
            DirectorySwap.Exchange(next, root);
            Record(root, files, fingerprint);
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

    /// <summary>
    /// True when <paramref name="root"/> holds exactly what the render with <paramref name="fingerprint"/> wrote
    /// there (see <see cref="RenderRecord"/>): then that render need not run again.
    /// </summary>
    public static bool HoldsRender(string root, string fingerprint)
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

    // Written after the swap: a record is only ever of files that are in place (and is checked against them anyway).
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

    private static string ParentFolder(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    private static string NextPath(string root) =>
        Path.Combine(Path.GetDirectoryName(root)!, "." + Path.GetFileName(root) + ".next");
}
