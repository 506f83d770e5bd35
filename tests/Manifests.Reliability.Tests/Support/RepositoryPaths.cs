using System.Reflection;

namespace Manifests.Reliability.Tests.Support;

/// <summary>Where the repository's built pieces are, as recorded when this test project was built.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    /// <summary>The real CLI, run as a child process exactly as the build runs it.</summary>
    public static string CliAssembly => Path.Combine(Root, "cli", "bin", Configuration, "net10.0", "manifests.dll");

    /// <summary>A built synthetic topology: <c>Before</c> or <c>After</c>.</summary>
    public static string LargeTopologyAssembly(string variant) => Path.Combine(
        Root, "tests", "Manifests.Reliability.Topologies", variant, "bin", Configuration, "net10.0",
        $"Manifests.Reliability.Topologies.{variant}.dll");

    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
