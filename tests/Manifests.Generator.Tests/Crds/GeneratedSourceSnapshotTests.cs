using Manifests.Generator.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;

namespace Manifests.Generator.Tests.Crds;

/// <summary>
/// The generated sources as review aids: a change to the emitter shows up as a diff here. A missing snapshot is
/// written on a developer's machine but fails when <c>CI</c> is set, so CI never passes on a snapshot it just made.
/// </summary>
public sealed class GeneratedSourceSnapshotTests : IClassFixture<ShippedCrdGeneration>
{
    private readonly ShippedCrdGeneration generation;

    public GeneratedSourceSnapshotTests(ShippedCrdGeneration generation) => this.generation = generation;

    [Theory]
    [InlineData("Manifests.Crds.Istio.Networking.V1Alpha3.VirtualService.g.cs")]
    [InlineData("Manifests.Crds.Alibabacloud.Istio.V1Beta1.IstioGateway.g.cs")]
    [InlineData("Manifests.Crds.Istio.Networking.V1.Gateway.g.cs")]
    public void Generated_source_matches_its_snapshot(string hintName)
    {
        string source = generation.Run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

        MatchSnapshot(source, hintName.Replace(".g.cs", ".snap", StringComparison.Ordinal));
    }

    private static void MatchSnapshot(string text, string fileName)
    {
        // Snapshooter keeps snapshots in __snapshots__ below the folder it is given. Not [CallerFilePath]: a
        // ContinuousIntegrationBuild (CI=true) maps source paths to /_/.
        string folder = Path.Combine(RepositoryFiles.Root, "tests", "Manifests.Generator.Tests", "Crds");
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) && !File.Exists(Path.Combine(folder, "__snapshots__", fileName)))
        {
            Assert.Fail($"Snapshot {fileName} is missing; run the tests without CI set to create it, review it, and commit it.");
        }

        Snapshot.Match(text, new SnapshotFullName(fileName, folder));
    }
}
