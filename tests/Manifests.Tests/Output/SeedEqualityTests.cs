using Manifests.Tests.Support;

namespace Manifests.Tests.Output;

/// <summary>The repository's Bookinfo topology renders exactly the objects of the seed document, field for field.</summary>
public sealed class SeedEqualityTests
{
    private static readonly IReadOnlyList<SeedObject> Seed = SeedDocument.ReadObjects(RepositoryPaths.Seed);
    private static readonly IReadOnlyList<RenderedObject> Rendered = RenderedObjects.Of(RenderedObjects.Bookinfo());

    [Fact]
    public void Seed_document_holds_the_objects_of_both_clusters_and_the_mesh()
    {
        // bookinfo-m1c2.yaml: details, ratings, productpage 3 objects each, reviews 4; bookinfo-m1c1.yaml: reviews 3, the ratings Service.
        Assert.Equal(13, Seed.Count(o => o.Target == "m1c2"));
        Assert.Equal(4, Seed.Count(o => o.Target == "m1c1"));
        Assert.Equal(
            ["DestinationRule/reviews", "Gateway/bookinfo-gateway", "IstioGateway/ingressgateway", "VirtualService/bookinfo", "VirtualService/reviews"],
            Seed.Where(o => o.Target == "mesh").Select(o => $"{o.Kind}/{o.Name}").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("m1c1")]
    [InlineData("m1c2")]
    [InlineData("mesh")]
    public void Target_holds_exactly_the_seed_objects_and_nothing_else(string target)
    {
        var expected = Seed.Where(o => o.Target == target).Select(o => $"{o.Kind}/{o.Name}").Order(StringComparer.Ordinal);
        var actual = Rendered.Where(o => o.Target == target).Select(o => $"{o.Kind}/{o.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_seed_object_is_rendered_with_every_field_equal()
    {
        var problems = new List<string>();
        foreach (var seed in Seed)
        {
            var rendered = Rendered.SingleOrDefault(o => o.Target == seed.Target && o.Kind == seed.Kind && o.Name == seed.Name);
            if (rendered is null)
            {
                problems.Add($"{seed.Target}: {seed.Kind}/{seed.Name} was not rendered");
                continue;
            }

            // The seed leaves the namespace to kubectl's context (default); writing it out is allowed.
            var expected = seed.Namespace is null ? WithNamespace(seed.Tree, "default") : seed.Tree;
            problems.AddRange(YamlTree.Differences(expected, rendered.Tree).Select(d => $"{rendered.Path}: {d}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Only_kustomization_files_are_emitted_besides_the_seed_objects()
    {
        // argocd/ holds the delivery objects (AppProject, ApplicationSet), not workloads or mesh objects.
        var files = RenderedObjects.Files(RenderedObjects.Bookinfo()).Select(f => f.Path).Where(p => !p.StartsWith("argocd/", StringComparison.Ordinal)).ToList();
        Assert.Equal(Seed.Count + 3, files.Count);
        Assert.Equal(["m1c1/kustomization.yaml", "m1c2/kustomization.yaml", "mesh/kustomization.yaml"], files.Where(f => f.EndsWith("kustomization.yaml", StringComparison.Ordinal)));
    }

    private static object? WithNamespace(object? tree, string @namespace)
    {
        var copy = new SortedDictionary<string, object?>((IDictionary<string, object?>)tree!, StringComparer.Ordinal);
        copy["metadata"] = new SortedDictionary<string, object?>((IDictionary<string, object?>)copy["metadata"]!, StringComparer.Ordinal)
        {
            ["namespace"] = @namespace,
        };
        return copy;
    }
}
