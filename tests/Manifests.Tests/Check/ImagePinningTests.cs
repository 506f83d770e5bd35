using Manifests.Rules;

namespace Manifests.Tests.Check;

/// <summary>MESH018: an image is pinned by a tag on its last path segment that is not <c>latest</c>, or by a digest.</summary>
public sealed class ImagePinningTests
{
    [Theory]
    [InlineData("repo/app:1.0.0")]
    [InlineData("registry:5000/team/app:2")]
    [InlineData("app:latest-1")]
    [InlineData("app:x")]
    [InlineData("repo/app@sha256:0123abcd")]
    [InlineData("registry:5000/app@sha256:0123abcd")]
    public void A_tag_or_a_digest_pins_the_image(string image) => Assert.DoesNotContain(Check(image), f => f.Rule == RuleDescriptors.UnpinnedImage);

    [Theory]
    [InlineData("repo/app")]
    [InlineData("repo/app:latest")]
    [InlineData("repo/app:")]
    [InlineData("registry:5000/app")]
    [InlineData("registry:5000/")]
    [InlineData(":1.0")]
    [InlineData("repo/:1.0")]
    public void No_tag_an_empty_tag_or_latest_leaves_it_unpinned(string image) => Assert.Contains(Check(image), f => f.Rule == RuleDescriptors.UnpinnedImage);

    private static IReadOnlyList<RuleFinding> Check(string image)
    {
        var at = new FactLocation("Mesh.cs", 1);
        var version = new VersionFacts
        {
            Name = "v1",
            Location = at,
            Image = new(image, at),
            Clusters = [new NameReference("east", at)],
            ContainerPort = new(null, at),
            Replicas = new(1, at),
        };
        var port = new PortFacts { Name = "http", Location = at, Number = new(80, at), TargetPort = new(null, at) };
        var service = new ServiceFacts { Name = "app", Location = at, Namespace = new("default", at), Ports = [port], Versions = [version] };
        return TopologyRules.Check(new MeshFacts { Name = "mesh", Location = at, Clusters = [new ClusterFacts { Name = "east", Location = at }], Services = [service] });
    }
}
