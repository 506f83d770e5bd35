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
        var version = new VersionFacts("v1", at, image, at, [new NameReference("east", at)], ContainerPort: null, Replicas: 1, Env: []);
        var service = new ServiceFacts("app", "default", at, [new PortFacts("http", 80, null, at)], [], [version], Policy: null);
        return TopologyRules.Check(new MeshFacts("mesh", at, [new ClusterFacts("east", at)], [service], [], [], []));
    }
}
