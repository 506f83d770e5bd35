using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>
/// The rendered files as the writer looks them up: each path's place in the list, the folders they go into
/// (each once) and each file's folder by number. Paths met on disk or in the ledger are looked up here as
/// spans, so a file that is where it belongs costs no string; files are reached through an open handle to
/// their folder and their own name, without joining a path per file.
/// </summary>
internal sealed class RenderedLayout
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byPath;

    private RenderedLayout(IReadOnlyList<RenderedFile> files, Dictionary<string, int> byPath, List<string> folders, int[] folderOf, HashSet<string> renderedFolders)
    {
        Files = files;
        _byPath = byPath.GetAlternateLookup<ReadOnlySpan<char>>();
        Folders = folders;
        FolderOf = folderOf;
        RenderedFolders = renderedFolders;
    }

    public IReadOnlyList<RenderedFile> Files { get; }

    /// <summary>Every folder holding a rendered file ('/'-separated, "" for the root), in the order first met.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>For each file, by its place in the list, the number of its folder in <see cref="Folders"/>.</summary>
    public IReadOnlyList<int> FolderOf { get; }

    /// <summary>Every folder above a file the tool owns (not a user-owned starter file), at any depth.</summary>
    public IReadOnlySet<string> RenderedFolders { get; }

    /// <exception cref="ArgumentException">Two files share a path.</exception>
    public static RenderedLayout Of(IReadOnlyList<RenderedFile> files)
    {
        var byPath = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        var folders = new List<string>();
        var folderNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var folderByName = folderNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var holdsToolFile = new List<bool>();
        var folderOf = new int[files.Count];
        var previous = -1;
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i].Path;
            if (!byPath.TryAdd(path, i))
            {
                throw new ArgumentException($"Refusing to write '{path}' twice: two objects would share one file.", nameof(files));
            }

            var folder = path.LastIndexOf('/') is var slash and > 0 ? path.AsSpan(0, slash) : "";

            // Files of one folder mostly come together: compare with the last folder before hashing.
            if (previous < 0 || !folder.SequenceEqual(folders[previous]))
            {
                if (!folderByName.TryGetValue(folder, out previous))
                {
                    previous = folders.Count;
                    folders.Add(folder.ToString());
                    folderNumbers.Add(folders[previous], previous);
                    holdsToolFile.Add(false);
                }
            }

            folderOf[i] = previous;
            holdsToolFile[previous] |= !files[i].UserOwned;
        }

        var renderedFolders = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < folders.Count; f++)
        {
            for (var folder = folders[f]; holdsToolFile[f] && folder.Length > 0 && renderedFolders.Add(folder); folder = folder.LastIndexOf('/') is var slash and > 0 ? folder[..slash] : "")
            {
            }
        }

        return new RenderedLayout(files, byPath, folders, folderOf, renderedFolders);
    }

    /// <summary>The place of <paramref name="path"/> among the rendered files, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> path) => _byPath.TryGetValue(path, out var index) ? index : -1;

    /// <summary>True when <paramref name="path"/> is a file the tool renders and owns (not a user-owned starter file).</summary>
    public bool IsToolFile(ReadOnlySpan<char> path) => IndexOf(path) is var index and >= 0 && !Files[index].UserOwned;

    /// <summary>The last segment of a relative path: the name within its folder.</summary>
    public static ReadOnlySpan<char> NameOf(string path) => path.AsSpan(path.LastIndexOf('/') + 1);
}
