namespace Manifests.Render.Write;

/// <summary>
/// The rendered files read back from an output root through its ledger and their folders' handles, without
/// listing the root: which files the ledger lists and which already hold their bytes. For the commonest
/// renders, nothing changed or one file, that settles the write: what only a listing would show (the
/// user's own files and empty folders) cannot be in the way then, and stays as it is.
/// </summary>
internal sealed class OutputReadBack
{
    private OutputReadBack(LedgerEntries ledger, bool[] sameBytes, int toolFiles, List<int> differing, bool startersPresent)
    {
        Ledger = ledger;
        SameBytes = sameBytes;
        ToolFiles = toolFiles;
        Differing = differing;
        StartersPresent = startersPresent;
    }

    public LedgerEntries Ledger { get; }

    /// <summary>For each rendered file, by its place in the list: a file the tool owns and the ledger lists, holding exactly its bytes.</summary>
    public bool[] SameBytes { get; }

    /// <summary>How many rendered files the tool owns (not user-owned starter files).</summary>
    public int ToolFiles { get; }

    /// <summary>The tool's files whose bytes are not on disk as rendered (or that the ledger does not list), by place.</summary>
    public IReadOnlyList<int> Differing { get; }

    /// <summary>
    /// The ledger lists exactly the tool's rendered files and every starter file is there (as a file or a link,
    /// in a real folder): then no file is removed or added, and nothing the user owns can be in a rendered file's way.
    /// </summary>
    public bool OnlyContentCanDiffer => Ledger.IsExactly && StartersPresent;

    /// <summary>True when the root already holds the render: no file to write, none to remove.</summary>
    public bool ShowsNothingChanged => OnlyContentCanDiffer && Differing.Count == 0;

    private bool StartersPresent { get; }

    public static OutputReadBack Read(string root, RenderedLayout layout, OpenFolders current)
    {
        var files = layout.Files;
        var ledger = OutputLedger.Read(root, layout);

        // Reading back every file is most of a render that changes nothing: it runs on every core, into fixed
        // slots, so the lists built from it keep render order whatever the scheduling. A link is never read
        // through (the open refuses it) and a folder or a pipe never matches.
        var sameBytes = new bool[files.Count];
        ParallelFiles.For(files.Count, i =>
        {
            var file = files[i];
            sameBytes[i] = !file.UserOwned && ledger.Listed[i] &&
                FileBytes.HasContent(current.Folders[layout.FolderOf[i]], RenderedLayout.NameOf(file.Path), file.Utf8.Span);
        });

        var toolFiles = 0;
        var differing = new List<int>();
        var startersPresent = true;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].UserOwned)
            {
                startersPresent &= IsLeaf(current.Folders[layout.FolderOf[i]], files[i].Path);
                continue;
            }

            toolFiles++;
            if (!sameBytes[i])
            {
                differing.Add(i);
            }
        }

        return new OutputReadBack(ledger, sameBytes, toolFiles, differing, startersPresent);
    }

    /// <summary>
    /// Whether what stands at the tool file <paramref name="index"/>'s path, or the lack of it, leaves room for the
    /// file: nothing there, or a file (never a link or a folder of the user's), in a real folder.
    /// </summary>
    public static bool HasRoomFor(RenderedLayout layout, OpenFolders current, int index)
    {
        var folder = current.Folders[layout.FolderOf[index]];
        if (OperatingSystem.IsLinux() && folder.Handle < 0)
        {
            return false;
        }

        var path = Path.Join(folder.Path, RenderedLayout.NameOf(layout.Files[index].Path));
        var info = new FileInfo(path);
        return info.LinkTarget is null && !Directory.Exists(path);
    }

    // A starter file counts as there when a file or a link stands at its path inside a real folder.
    private static bool IsLeaf(Folder folder, string relativePath)
    {
        if (OperatingSystem.IsLinux() && folder.Handle < 0)
        {
            return false;
        }

        var info = new FileInfo(Path.Join(folder.Path, RenderedLayout.NameOf(relativePath)));
        return info.LinkTarget is not null || info.Exists;
    }
}
