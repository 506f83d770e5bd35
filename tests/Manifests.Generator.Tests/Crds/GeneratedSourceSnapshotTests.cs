using Manifests.Generator.Tests.Infrastructure;

namespace Manifests.Generator.Tests.Crds;

/// <summary>
/// The generated sources as review aids: a change to the emitter shows up as a diff here (see <see cref="SourceSnapshot"/>).
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

        SourceSnapshot.Match(source, hintName.Replace(".g.cs", ".snap", StringComparison.Ordinal), "Crds");
    }
}
