using System.Security.Cryptography;
using System.Text;

namespace Manifests.Testing;

/// <summary>A folder's files read whole: by relative path, as one hash, or counted.</summary>
public static class FileTree
{
    /// <summary>Every file below <paramref name="root"/>, keyed by its '/'-separated relative path.</summary>
    public static SortedDictionary<string, byte[]> Read(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files.Add(RelativePath(root, path), File.ReadAllBytes(path));
        }

        return files;
    }

    /// <summary>A folder's whole content as one hash: every file's relative path and SHA-256, in ordinal order.</summary>
    public static string Fingerprint(string root)
    {
        var lines = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(p => RelativePath(root, p))
                     .Order(StringComparer.Ordinal))
        {
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, path))));
            lines.Append(path).Append(' ').Append(hash).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    /// <summary>How many files are below <paramref name="root"/>.</summary>
    public static int FileCount(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count();

    private static string RelativePath(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/').Replace('\\', '/');
}
