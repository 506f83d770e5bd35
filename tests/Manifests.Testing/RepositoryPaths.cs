namespace Manifests.Tests.Support;

/// <summary>Where the repository and the shared reference material are, found from the test binary.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "..", "shared", "seed", "000_0dd6076ae893985e.txt");

    public static string ManifestsOut => Path.Combine(Root, "manifests-out");

    public static string Kustomize => Path.Combine(Root, "kustomize");

    public static string Reference => Path.Combine(Root, "..", "shared", "reference");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Manifests.sln not found above the test binary.");
    }
}
