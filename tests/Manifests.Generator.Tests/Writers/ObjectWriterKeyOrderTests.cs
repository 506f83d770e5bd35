using k8s.Models;
using Manifests.Generator.Tests.Infrastructure;

namespace Manifests.Generator.Tests.Writers;

/// <summary>
/// The render's key order: apiVersion, kind, metadata, spec first at the top of a root; name, namespace, labels,
/// annotations first in the root's metadata; ordinal (UTF-16 code unit) order everywhere else, maps included.
/// </summary>
public sealed class ObjectWriterKeyOrderTests : IClassFixture<SampleWritersAssembly>
{
    private readonly SampleWritersAssembly writers;

    public ObjectWriterKeyOrderTests(SampleWritersAssembly writers) => this.writers = writers;

    [Fact]
    public void A_root_starts_with_apiVersion_kind_metadata_spec_and_continues_in_ordinal_order()
    {
        V1Deployment deployment = SampleObjects.Deployment();
        deployment.Status = new V1DeploymentStatus { Replicas = 2 };

        Assert.Equal(["apiVersion", "kind", "metadata", "spec", "status"], writers.KeysByPath(deployment)[""]);
        Assert.Equal(
            ["apiVersion", "kind", "metadata", "automountServiceAccountToken", "imagePullSecrets"],
            writers.KeysByPath(SampleObjects.ServiceAccount())[""]);
    }

    [Fact]
    public void A_roots_metadata_starts_with_name_namespace_labels_annotations()
    {
        Assert.Equal(
            ["name", "namespace", "labels", "annotations", "creationTimestamp", "finalizers", "generation"],
            writers.KeysByPath(SampleObjects.Deployment())["metadata"]);
    }

    [Fact]
    public void Metadata_below_the_root_is_in_ordinal_order()
    {
        Assert.Equal(["annotations", "labels", "name", "namespace"], writers.KeysByPath(SampleObjects.Deployment())["spec.template.metadata"]);
    }

    [Fact]
    public void Map_keys_are_in_ordinal_order_whatever_order_the_map_was_filled_in()
    {
        var keys = writers.KeysByPath(SampleObjects.Deployment());

        Assert.Equal(["App", "app", "app.kubernetes.io/name", "version"], keys["metadata.labels"]);
        Assert.Equal(["cpu", "memory"], keys["spec.template.spec.containers[0].resources.limits"]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(60)]
    public void Map_keys_of_small_and_large_maps_are_in_ordinal_order(int count)
    {
        // Keys whose ordinal order differs from culture order and from UTF-8 byte order (a surrogate pair sorts
        // before U+FFxx in UTF-16, after it in UTF-8), filled in a shuffled order.
        string[] pool = ["b", "B", "a", "A", "_", "-", "a-b", "a.b", "ä", "z", "Z", "\uFF21", "\uD83D\uDE00", "10", "9", "app"];
        var keys = Enumerable.Range(0, count).Select(i => pool[i % pool.Length] + (i / pool.Length == 0 ? "" : "/" + i)).ToList();
        var random = new Random(count);
        var deployment = SampleObjects.Deployment();
        deployment.Metadata.Annotations = keys.OrderBy(_ => random.Next()).ToDictionary(key => key, key => "v");

        var written = writers.KeysByPath(deployment)["metadata.annotations"];

        Assert.Equal(keys.Order(StringComparer.Ordinal), written);
    }

    [Theory]
    [InlineData("Deployment")]
    [InlineData("Kitchen")]
    public void Every_other_mapping_is_in_ordinal_order(string sample)
    {
        object value = sample == "Deployment" ? SampleObjects.Deployment() : SampleObjects.Kitchen();

        var keys = writers.KeysByPath(value);

        Assert.True(keys.Count > 10, "too few mappings to say anything: " + keys.Count);
        foreach (var (path, written) in keys.Where(entry => sample == "Kitchen" || entry.Key is not ("" or "metadata")))
        {
            Assert.True(written.SequenceEqual(written.Order(StringComparer.Ordinal)), path + ": " + string.Join(", ", written));
        }
    }
}
