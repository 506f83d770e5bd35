namespace Manifests.Pipeline.Tests.Infrastructure;

/// <summary>The repository's own build of the <c>manifests</c> command and of the Bookinfo topology, in the tests' configuration.</summary>
internal static class ManifestsCli
{
    /// <summary>Debug or Release: the folder name two levels above the test assembly (bin/&lt;configuration&gt;/net10.0).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string CliPath => Repository.PathOf($"cli/bin/{Configuration}/net10.0/manifests.dll");

    public static string BookinfoAssembly => Repository.PathOf($"topology/bin/{Configuration}/net10.0/Bookinfo.Topology.dll");

    public static ProcessRun Run(string workingDirectory, params string[] arguments) =>
        Dotnet.Run(workingDirectory, null, [CliPath, .. arguments]);
}
