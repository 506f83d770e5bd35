using System.Reflection;

namespace Manifests.Testing;

/// <summary>Where the repository, its built pieces and the shared reference material beside it (<c>../shared</c>) are.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Manifests.sln: the one recorded at build time, else found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the configuration the tests (and so the CLI and topologies they run) were built in.</summary>
    public static string Configuration { get; } = Metadata("Configuration") ?? ConfigurationFromFolder();

    /// <summary>A repository path given with '/' separators.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a repository file.</summary>
    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The committed render of Bookinfo.</summary>
    public static string ManifestsOut => Path.Combine(Root, "manifests-out");

    /// <summary>The committed Kustomize overlays.</summary>
    public static string Kustomize => Path.Combine(Root, "kustomize");

    /// <summary>The CRDs the product ships.</summary>
    public static string Crds => Path.Combine(Root, "crds");

    /// <summary>Every CRD file the product ships, in ordinal order of path.</summary>
    public static IReadOnlyList<string> ShippedCrdFiles() =>
        Directory.GetFiles(Crds, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>One shipped CRD file, relative to <c>crds/</c>.</summary>
    public static string ShippedCrd(string relative) => Path.Combine(Crds, relative);

    /// <summary>The upstream material kept outside the repository (<c>../shared/reference</c>), the tests' independent source.</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    /// <summary>The upstream CRDs in <c>../shared/reference/crds</c>.</summary>
    public static string ReferenceCrds => Path.Combine(SharedReference, "crds");

    /// <summary>The seed document: the Bookinfo YAML the render must equal.</summary>
    public static string Seed => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", "000_0dd6076ae893985e.txt"));

    /// <summary>The real CLI, run as a child process exactly as the build runs it.</summary>
    public static string CliAssembly => PathOf($"cli/bin/{Configuration}/net10.0/manifests.dll");

    /// <summary>The built Bookinfo topology.</summary>
    public static string BookinfoAssembly => PathOf($"topology/bin/{Configuration}/net10.0/Bookinfo.Topology.dll");

    /// <summary>A built test topology of tests/Manifests.Reliability.Topologies: <c>Before</c>, <c>After</c> or <c>Invalid</c>.</summary>
    public static string ReliabilityTopologyAssembly(string variant) => PathOf(
        $"tests/Manifests.Reliability.Topologies/{variant}/bin/{Configuration}/net10.0/Manifests.Reliability.Topologies.{variant}.dll");

    private static string FindRoot()
    {
        if (Metadata("RepositoryRoot") is { Length: > 0 } recorded && File.Exists(Path.Combine(recorded, "Manifests.sln")))
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(recorded));
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Manifests.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Manifests.sln not found above " + AppContext.BaseDirectory);
    }

    // bin/<configuration>/net10.0: the folder name two levels above the test assembly.
    private static string ConfigurationFromFolder() =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string? Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;
}
