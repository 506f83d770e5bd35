namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>Finds the repository's files (the shipped CRDs) and the shared reference data beside it.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string CrdDirectory => Path.Combine(Root, "crds");

    /// <summary>The upstream CRDs kept outside the repository (shared/reference), the tests' independent source.</summary>
    public static string ReferenceCrdDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference", "crds"));

    /// <summary>Every CRD file the product ships, in ordinal order of path.</summary>
    public static IReadOnlyList<string> ShippedCrdFiles() =>
        Directory.GetFiles(CrdDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public static string ShippedCrd(string relativePath) => Path.Combine(CrdDirectory, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Manifests.sln not found above " + AppContext.BaseDirectory);
    }
}
