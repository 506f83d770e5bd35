using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>
/// The folders rendered files go into, each once, and each file's folder by number: files are then
/// reached through an open handle to their folder and their name, without joining a path per file.
/// </summary>
internal sealed class RenderedFolders
{
    private RenderedFolders(List<string> folders, int[] folderOf)
    {
        Folders = folders;
        FolderOf = folderOf;
    }

    /// <summary>Every folder holding a rendered file ('/'-separated, "" for the root), in the order first met.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>For each file, by its place in the list, the number of its folder in <see cref="Folders"/>.</summary>
    public IReadOnlyList<int> FolderOf { get; }

    public static RenderedFolders Of(IReadOnlyList<RenderedFile> files)
    {
        var folders = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var folderOf = new int[files.Count];
        var previous = -1;
        for (var i = 0; i < files.Count; i++)
        {
            var folder = FolderOfPath(files[i].Path);

            // Files of one folder mostly come together: compare with the last folder before hashing.
            if (previous >= 0 && folder.SequenceEqual(folders[previous]))
            {
                folderOf[i] = previous;
                continue;
            }

            if (!byName.TryGetValue(folder, out previous))
            {
                previous = folders.Count;
                folders.Add(folder.ToString());
                numbers.Add(folders[previous], previous);
            }

            folderOf[i] = previous;
        }

        return new RenderedFolders(folders, folderOf);
    }

    /// <summary>The last segment of a relative path: the name within its folder.</summary>
    public static ReadOnlySpan<char> NameOf(string path) => path.AsSpan(path.LastIndexOf('/') + 1);

    private static ReadOnlySpan<char> FolderOfPath(string path) => path.LastIndexOf('/') is var slash and > 0 ? path.AsSpan(0, slash) : "";
}
