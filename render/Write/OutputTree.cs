using System.Text;

namespace Manifests.Render.Write;

/// <summary>What stands at a path of an output root.</summary>
internal enum EntryKind : byte
{
    /// <summary>Nothing, or a folder.</summary>
    None,

    /// <summary>A file (or another node that is neither a folder nor a link).</summary>
    File,

    /// <summary>A symbolic link, whatever it points to.</summary>
    Link,
}

/// <summary>
/// What an output root holds: its files and links ('/'-separated paths) and its empty folders, with the
/// entries at rendered paths kept by the file's place in the render rather than as strings.
/// A symbolic link is a leaf, never followed, so a link to a folder elsewhere is neither read
/// through nor emptied; it is carried over as the link it is.
/// </summary>
/// <param name="AtRenderedPaths">For each rendered file, by its place in the list: what stands at its path.</param>
/// <param name="OtherFiles">Files at paths that are not rendered now.</param>
/// <param name="OtherLinks">Links at paths that are not rendered now.</param>
/// <param name="EmptyFolders">Folders with nothing in them.</param>
internal sealed record OutputTree(EntryKind[] AtRenderedPaths, HashSet<string> OtherFiles, HashSet<string> OtherLinks, List<string> EmptyFolders)
{
    public static OutputTree Read(string root, RenderedLayout layout)
    {
        var tree = new OutputTree(new EntryKind[layout.Files.Count], new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), []);
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
                Walk(fd, root, "", layout, tree);
            }
            finally
            {
                FolderCalls.CloseFolder(fd);
            }
        }
        else
        {
            Walk(new DirectoryInfo(root), "", layout, tree);
        }

        return tree;
    }

    /// <summary>What stands at <paramref name="path"/>, a rendered path or not.</summary>
    public EntryKind At(string path, RenderedLayout layout) =>
        layout.IndexOf(path) is var index and >= 0 ? AtRenderedPaths[index]
        : OtherFiles.Contains(path) ? EntryKind.File
        : OtherLinks.Contains(path) ? EntryKind.Link
        : EntryKind.None;

    private void Add(ReadOnlySpan<char> path, EntryKind kind, RenderedLayout layout)
    {
        if (layout.IndexOf(path) is var index and >= 0)
        {
            AtRenderedPaths[index] = kind;
        }
        else
        {
            (kind == EntryKind.Link ? OtherLinks : OtherFiles).Add(path.ToString());
        }
    }

    private static void Walk(int fd, string fullPath, string prefix, RenderedLayout layout, OutputTree tree)
    {
        var empty = true;
        List<string>? subfolders = null;

        // The entry's relative path is put together here, after the folder's own: one lookup, no string unless it is not rendered.
        var path = new char[prefix.Length + 256];
        prefix.CopyTo(path);
        FolderCalls.List(fd, fullPath, (name, kind) =>
        {
            empty = false;
            var length = prefix.Length + Encoding.UTF8.GetChars(name, path.AsSpan(prefix.Length));
            var relative = path.AsSpan(0, length);
            if (kind == FolderCalls.EntryKind.Unknown)
            {
                var attributes = File.GetAttributes(Path.Join(fullPath, relative[prefix.Length..]));
                kind = (attributes & FileAttributes.ReparsePoint) != 0 ? FolderCalls.EntryKind.Link
                    : (attributes & FileAttributes.Directory) != 0 ? FolderCalls.EntryKind.Folder
                    : FolderCalls.EntryKind.File;
            }

            switch (kind)
            {
                case FolderCalls.EntryKind.Folder:
                    (subfolders ??= []).Add(relative[prefix.Length..].ToString());
                    break;
                case FolderCalls.EntryKind.Link:
                    tree.Add(relative, EntryKind.Link, layout);
                    break;
                default:
                    tree.Add(relative, EntryKind.File, layout);
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
                Walk(child, Path.Join(fullPath, name), prefix + name + "/", layout, tree);
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

    private static void Walk(DirectoryInfo folder, string prefix, RenderedLayout layout, OutputTree tree)
    {
        var empty = true;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            empty = false;
            var path = prefix + entry.Name;
            if (entry.LinkTarget is not null)
            {
                tree.Add(path, EntryKind.Link, layout);
            }
            else if (entry is DirectoryInfo child)
            {
                Walk(child, path + "/", layout, tree);
            }
            else
            {
                tree.Add(path, EntryKind.File, layout);
            }
        }

        if (empty && prefix.Length > 0)
        {
            tree.EmptyFolders.Add(prefix.TrimEnd('/'));
        }
    }
}
