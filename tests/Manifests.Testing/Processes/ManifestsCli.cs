using System.Diagnostics;

namespace Manifests.Testing;

/// <summary>The repository's own build of the <c>manifests</c> command, run as a child process exactly as the build runs it.</summary>
public static class ManifestsCli
{
    /// <summary>The built Bookinfo topology, the usual <c>--topology</c>.</summary>
    public static string BookinfoAssembly => RepositoryPaths.BookinfoAssembly;

    /// <summary>Runs <c>manifests</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static ProcessRun Run(string workingDirectory, params string[] arguments) =>
        ChildProcess.Dotnet(workingDirectory, null, [RepositoryPaths.CliAssembly, .. arguments]);

    /// <summary>A start of <c>manifests</c>, for tests that set its environment or kill it themselves.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments) =>
        ChildProcess.StartInfo(ChildProcess.DotnetHost, [RepositoryPaths.CliAssembly, .. arguments]);
}
