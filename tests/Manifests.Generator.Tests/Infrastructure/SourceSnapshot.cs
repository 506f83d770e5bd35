using Snapshooter;
using Snapshooter.Xunit;

namespace Manifests.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a snapshot kept in <c>__snapshots__</c> beside the tests. A missing snapshot is
/// written on a developer's machine but fails when <c>CI</c> is set, so CI never passes on a snapshot it just made.
/// </summary>
internal static class SourceSnapshot
{
    /// <param name="text">The generated text.</param>
    /// <param name="fileName">The snapshot's file name.</param>
    /// <param name="testFolder">The test folder below tests/Manifests.Generator.Tests, e.g. <c>Crds</c>.</param>
    public static void Match(string text, string fileName, string testFolder)
    {
        // Snapshooter keeps snapshots in __snapshots__ below the folder it is given. Not [CallerFilePath]: a
        // ContinuousIntegrationBuild (CI=true) maps source paths to /_/.
        string folder = Path.Combine(RepositoryPaths.Root, "tests", "Manifests.Generator.Tests", testFolder);
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && !File.Exists(Path.Combine(folder, "__snapshots__", fileName)))
        {
            Assert.Fail($"Snapshot {fileName} is missing; run the tests without CI set to create it, review it, and commit it.");
        }

        Snapshot.Match(text, new SnapshotFullName(fileName, folder));
    }
}
