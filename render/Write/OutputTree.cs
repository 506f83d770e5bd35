namespace Manifests.Render.Write;

/// <summary>
/// What an output root holds: its files and links ('/'-separated paths) and its empty folders.
/// A symbolic link is a leaf, never followed, so a link to a folder elsewhere is neither read
/// through nor emptied; it is carried over as the link it is.
/// </summary>
internal sealed record OutputTree(HashSet<string> Files, HashSet<string> Links, List<string> EmptyFolders)
{
    public static OutputTree Read(string root)
    {
        var tree = new OutputTree(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), []);
        if (!Directory.Exists(root))
        {
            return tree;
        }

        if (OperatingSystem.IsLinux())
        {
            // Each entry's type from the listing (d_type), folders opened below their parent without following
            // a link: no stat, readlink or FileSystemInfo per entry, which was most of a listing's time.
            var fd = FolderCalls.OpenRoot(root);
            try
            {
                Walk(fd, root, "", tree);
            }
            finally
            {
                FolderCalls.CloseFolder(fd);
            }
        }
        else
        {
            Walk(new DirectoryInfo(root), "", tree);
        }

        return tree;
    }

    /// <summary>Every leaf: files and links.</summary>
    public IEnumerable<string> Leaves => Files.Concat(Links);

    private static void Walk(int fd, string fullPath, string prefix, OutputTree tree)
    {
        var empty = true;
        List<string>? subfolders = null;
        FolderCalls.List(fd, fullPath, (name, kind) =>
        {
            empty = false;
            if (kind == FolderCalls.EntryKind.Unknown)
            {
                var attributes = File.GetAttributes(Path.Join(fullPath, name));
                kind = (attributes & FileAttributes.ReparsePoint) != 0 ? FolderCalls.EntryKind.Link
                    : (attributes & FileAttributes.Directory) != 0 ? FolderCalls.EntryKind.Folder
                    : FolderCalls.EntryKind.File;
            }

            switch (kind)
            {
                case FolderCalls.EntryKind.Link:
                    tree.Links.Add(prefix + name);
                    break;
                case FolderCalls.EntryKind.Folder:
                    (subfolders ??= []).Add(name);
                    break;
                default:
                    tree.Files.Add(prefix + name);
                    break;
            }
        });

        foreach (var name in subfolders ?? [])
        {
            var child = FolderCalls.OpenBelow(fd, name);
            if (child < 0)
            {
                throw new IOException($"'{Path.Join(fullPath, name)}' changed while the output folder was being read.");
            }

            try
            {
                Walk(child, Path.Join(fullPath, name), prefix + name + "/", tree);
            }
            finally
            {
                FolderCalls.CloseFolder(child);
            }
        }

        if (empty && prefix.Length > 0)
        {
            tree.EmptyFolders.Add(prefix.TrimEnd('/'));
        }
    }

    private static void Walk(DirectoryInfo folder, string prefix, OutputTree tree)
    {
        var empty = true;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            empty = false;
            var path = prefix + entry.Name;
            if (entry.LinkTarget is not null)
            {
                tree.Links.Add(path);
            }
            else if (entry is DirectoryInfo child)
            {
                Walk(child, path + "/", tree);
            }
            else
            {
                tree.Files.Add(path);
            }
        }

        if (empty && prefix.Length > 0)
        {
            tree.EmptyFolders.Add(prefix.TrimEnd('/'));
        }
    }
}
