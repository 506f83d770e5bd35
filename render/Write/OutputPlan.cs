using System.Text;
using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>The comparison of rendered files with what an output root holds now; reads, never writes.</summary>
internal sealed class OutputPlan
{
    public required HashSet<string> UnchangedPaths { get; init; }

    public required List<string> Changed { get; init; }

    public required List<string> Removed { get; init; }

    public required List<string> UserFiles { get; init; }

    public required List<string> Conflicts { get; init; }

    public bool IsCurrent => Changed.Count == 0 && Removed.Count == 0;

    public static OutputPlan Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        var ledger = OutputLedger.Read(root);
        var onDisk = ListFiles(root);
        var rendered = files.Where(f => !f.UserOwned).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var userFiles = onDisk.Where(p => !ledger.Contains(p) && p != OutputLedger.FileName).ToList();
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var file in files)
        {
            if (file.UserOwned && onDisk.Contains(file.Path))
            {
                continue;
            }

            if (ledger.Contains(file.Path) && onDisk.Contains(file.Path) && SameContent(OutputPaths.Combine(root, file.Path), file.Content))
            {
                unchanged.Add(file.Path);
            }
            else
            {
                changed.Add(file.Path);
            }
        }

        return new OutputPlan
        {
            UnchangedPaths = unchanged,
            Changed = changed,
            Removed = ledger.Where(p => !rendered.Contains(p) && onDisk.Contains(p)).ToList(),
            UserFiles = userFiles,
            Conflicts = userFiles.Where(rendered.Contains).ToList(),
        };
    }

    public WriteResult ToResult(string root) => Conflicts.Count > 0
        ? new WriteResult(root, [], [], 0, Conflicts)
        : new WriteResult(root, Changed, Removed, UnchangedPaths.Count, []);

    private static HashSet<string> ListFiles(string root)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return paths;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            paths.Add(Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'));
        }

        return paths;
    }

    private static bool SameContent(string path, string content)
    {
        var expected = Encoding.UTF8.GetBytes(content);
        var info = new FileInfo(path);
        return info.Length == expected.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);
    }
}
