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
        if (Directory.Exists(root))
        {
            Walk(new DirectoryInfo(root), "", tree);
        }

        return tree;
    }

    /// <summary>Every leaf: files and links.</summary>
    public IEnumerable<string> Leaves => Files.Concat(Links);

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
