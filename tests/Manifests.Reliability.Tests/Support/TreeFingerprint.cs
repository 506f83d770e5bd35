using System.Security.Cryptography;
using System.Text;

namespace Manifests.Reliability.Tests.Support;

/// <summary>A folder's whole content as one hash: every file's relative path and SHA-256, in ordinal order.</summary>
internal static class TreeFingerprint
{
    public static string Of(string root)
    {
        var lines = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, path))));
            lines.Append(path).Append(' ').Append(hash).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    public static int FileCount(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count();
}
