namespace Manifests.Diagnostics.Tests.Infrastructure;

/// <summary>Files of this repository, found from the test assembly's folder upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Manifests.sln not found above " + AppContext.BaseDirectory);
    }
}
