using System.Text;

namespace Manifests.Render.Write;

/// <summary>
/// The list of files Manifests wrote into an output root, kept in the root itself. A file not listed
/// there is the user's: it is never deleted or overwritten.
/// </summary>
internal static class OutputLedger
{
    /// <summary>No extension, so neither kubectl nor Argo CD takes it for a manifest.</summary>
    public const string FileName = ".manifests-ledger";

    private const string Header = "# Files written by Manifests; any other file here is yours and is left alone.";

    /// <summary>The paths listed, unordered (a set: the callers only ask whether a path is listed).</summary>
    public static HashSet<string> Read(string root)
    {
        var path = Path.Combine(root, FileName);
        var entries = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length > 0 && !line.StartsWith('#') && OutputPaths.Problem(line) is null)
            {
                entries.Add(line);
            }
        }

        return entries;
    }

    public static byte[] Format(IEnumerable<string> paths)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            text.Append(path).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
