namespace Manifests.Perf.Tests;

/// <summary>Paths of the repository and of this project's recorded expectations.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ManifestsOut => Path.Combine(Root, "manifests-out");

    public static string Expected(string name) => Path.Combine(AppContext.BaseDirectory, "Expected", name);

    /// <summary>Every file below <paramref name="root"/>, keyed by its '/'-separated relative path.</summary>
    public static SortedDictionary<string, byte[]> ReadTree(string root)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(path));
        }

        return files;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Manifests.sln not found above the test assembly.");
    }
}
