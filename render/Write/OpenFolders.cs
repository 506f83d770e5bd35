namespace Manifests.Render.Write;

/// <summary>A folder of an output tree: its full path, and on Linux an open handle to it (-1 when it is not there).</summary>
internal readonly record struct Folder(string Path, int Handle);

/// <summary>
/// Open handles to some folders of one tree, each opened below its parent without following a link: a link
/// or a file where a folder is expected counts as no folder. A handle stays on its folder when the tree is
/// moved or swapped, so the old tree can still be emptied through it after the swap.
/// </summary>
internal sealed class OpenFolders : IDisposable
{
    private readonly Dictionary<string, int> _handles;

    private OpenFolders(Folder[] folders, Dictionary<string, int> handles)
    {
        Folders = folders;
        _handles = handles;
    }

    /// <summary>The folders, in the order they were asked for.</summary>
    public IReadOnlyList<Folder> Folders { get; }

    /// <summary>Opens <paramref name="folders"/> ('/'-separated, "" for the root itself) where they exist below <paramref name="root"/>.</summary>
    public static OpenFolders Open(string root, IReadOnlyList<string> folders) => Open(root, folders, create: false);

    /// <summary>Creates <paramref name="folders"/> and any missing parents below <paramref name="root"/>, which must exist, and opens them.</summary>
    public static OpenFolders Create(string root, IReadOnlyList<string> folders) => Open(root, folders, create: true);

    public void Dispose()
    {
        foreach (var handle in _handles.Values.Where(h => h >= 0).Distinct())
        {
            FolderCalls.CloseFolder(handle);
        }

        _handles.Clear();
    }

    private static OpenFolders Open(string root, IReadOnlyList<string> folders, bool create)
    {
        var handles = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Folder[folders.Count];
        if (!OperatingSystem.IsLinux())
        {
            for (var i = 0; i < folders.Count; i++)
            {
                result[i] = new Folder(FullPath(root, folders[i]), -1);
                if (create)
                {
                    Directory.CreateDirectory(result[i].Path);
                }
            }

            return new OpenFolders(result, handles);
        }

        var opened = new OpenFolders(result, handles);
        try
        {
            handles[""] = create || Directory.Exists(root) ? FolderCalls.OpenRoot(root) : -1;
            for (var i = 0; i < folders.Count; i++)
            {
                result[i] = new Folder(FullPath(root, folders[i]), Handle(root, folders[i], handles, create));
            }

            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    // One segment at a time from the nearest folder already open, so no link on the way is followed.
    private static int Handle(string root, string folder, Dictionary<string, int> handles, bool create)
    {
        if (handles.TryGetValue(folder, out var known))
        {
            return known;
        }

        var slash = folder.LastIndexOf('/');
        var parent = Handle(root, slash < 0 ? "" : folder[..slash], handles, create);
        var name = folder.AsSpan(slash + 1);
        var handle = -1;

        // Callers check paths first (OutputPaths); this only makes sure no handle ever points out of the root.
        if (parent >= 0 && name is not ("" or "." or ".."))
        {
            if (create)
            {
                FolderCalls.Create(parent, name, FullPath(root, folder));
            }

            handle = FolderCalls.OpenBelow(parent, name);
            if (handle < 0 && create)
            {
                throw new IOException($"'{FullPath(root, folder)}' could not be created as a folder: something else stands there.");
            }
        }

        handles.Add(folder, handle);
        return handle;
    }

    private static string FullPath(string root, string folder) => folder.Length == 0 ? root : OutputPaths.Combine(root, folder);
}
