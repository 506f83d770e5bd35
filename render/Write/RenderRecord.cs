using System.IO.Hashing;
using System.Text;
using Manifests.Render.Emit;

namespace Manifests.Render.Write;

/// <summary>
/// What the last render wrote into an output root: its fingerprint (see <see cref="Reuse.RenderFingerprint"/>)
/// and the hash of every file, kept beside the root (<c>.manifests-out.render</c>) rather than in it, so the
/// committed output does not change when only the product's build does. Ignored by git like the lock file;
/// deleting it costs one full render. It is trusted only as far as the files agree with it: every listed
/// file is read and hashed before a render is skipped.
/// </summary>
internal static class RenderRecord
{
    private const string Header = "# The render Manifests last wrote into the folder beside this file; delete it to force a full render.";

    public static string PathFor(string root) => Path.Combine(Path.GetDirectoryName(root)!, "." + Path.GetFileName(root) + ".render");

    /// <summary>Records that <paramref name="root"/> holds <paramref name="files"/>, the render with <paramref name="fingerprint"/>.</summary>
    public static void Save(string root, IReadOnlyList<RenderedFile> files, string fingerprint)
    {
        var text = new StringBuilder(Header).Append('\n').Append("render\t").Append(fingerprint).Append('\n');
        foreach (var file in files)
        {
            text.Append(file.UserOwned ? "starter\t" : "file\t").Append(file.Path);
            if (!file.UserOwned)
            {
                text.Append('\t').Append(Hash(file.Utf8.Span));
            }

            text.Append('\n');
        }

        // Replaced whole, so a reader never sees half a record.
        var path = PathFor(root);
        File.WriteAllText(path + ".next", text.ToString());
        File.Move(path + ".next", path, overwrite: true);
    }

    /// <summary>Forgets the last render: the next one renders in full.</summary>
    public static void Forget(string root) => File.Delete(PathFor(root));

    /// <summary>
    /// True when the record names <paramref name="fingerprint"/> and the root still holds every file it lists
    /// with the bytes it lists (a generated file edited by hand makes it false), and every starter file.
    /// </summary>
    public static bool Holds(string root, string fingerprint)
    {
        var path = PathFor(root);
        if (!File.Exists(path))
        {
            return false;
        }

        var files = new List<(string Path, string Hash)>();
        var recorded = false;
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            switch (fields)
            {
                case ["render", var value]:
                    recorded = value == fingerprint;
                    break;
                case ["file", var file, var hash] when OutputPaths.Problem(file) is null:
                    files.Add((file, hash));
                    break;
                case ["starter", var starter] when OutputPaths.Problem(starter) is null:
                    if (!Path.Exists(OutputPaths.Combine(root, starter)))
                    {
                        return false;
                    }

                    break;
                case [var first, ..] when first.Length > 0 && !first.StartsWith('#'):
                    // A line this version cannot read: a record of another version, not to be trusted.
                    return false;
            }
        }

        if (!recorded)
        {
            return false;
        }

        var intact = true;
        Parallel.For(0, files.Count, (i, loop) =>
        {
            if (FileBytes.HashOfRegularFile(OutputPaths.Combine(root, files[i].Path)) != files[i].Hash)
            {
                intact = false;
                loop.Stop();
            }
        });
        return intact;
    }

    /// <summary>The hash a file is recorded with.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));
}
