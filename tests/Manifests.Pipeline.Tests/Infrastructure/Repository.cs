namespace Manifests.Pipeline.Tests.Infrastructure;

/// <summary>The checkout these tests run from.</summary>
internal static class Repository
{
    /// <summary>The folder holding Manifests.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Manifests.sln above {AppContext.BaseDirectory}.");
    }
}
