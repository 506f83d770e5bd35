using System.Text;
using DiffPlex.Renderer;
using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>How a file on disk differs from the render.</summary>
public enum DifferenceKind
{
    /// <summary>Rendered, not on disk.</summary>
    Missing,

    /// <summary>On disk with other content.</summary>
    Changed,

    /// <summary>Written earlier, no longer rendered.</summary>
    Stale,

    /// <summary>A user's own file sits where a rendered file belongs.</summary>
    Conflict,
}

/// <summary>One file that is not what a render would write.</summary>
/// <param name="Path">The path below the output root.</param>
/// <param name="Kind">How it differs.</param>
/// <param name="UnifiedDiff">A unified diff from the file on disk to the rendered file.</param>
public sealed record FileDifference(string Path, DifferenceKind Kind, string UnifiedDiff);

/// <summary>Compares an output root with a render without writing anything (the <c>--check</c> of CI and reviewers).</summary>
public static class OutputCheck
{
    /// <summary>Every difference, in path order; empty when the folder is current.</summary>
    public static IReadOnlyList<FileDifference> Compare(string root, IReadOnlyList<RenderedFile> files)
    {
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var plan = OutputPlan.Compare(root, files);
        var rendered = files.ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var differences = new List<FileDifference>();
        foreach (var path in plan.Changed)
        {
            var onDisk = ReadOrNull(root, path);
            var kind = plan.Conflicts.Contains(path) ? DifferenceKind.Conflict : onDisk is null ? DifferenceKind.Missing : DifferenceKind.Changed;
            differences.Add(new FileDifference(path, kind, Diff(path, onDisk ?? "", rendered[path])));
        }

        foreach (var path in plan.Removed)
        {
            differences.Add(new FileDifference(path, DifferenceKind.Stale, Diff(path, ReadOrNull(root, path) ?? "", "")));
        }

        return differences.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
    }

    private static string? ReadOrNull(string root, string path)
    {
        var full = OutputPaths.Combine(root, path);
        return File.Exists(full) ? File.ReadAllText(full, Encoding.UTF8) : null;
    }

    private static string Diff(string path, string onDisk, string rendered) =>
        new UnidiffRenderer(new DiffPlex.Differ(), 3).Generate(onDisk, rendered, "a/" + path, "b/" + path, true, false);
}
