using Manifests.Apply.Tests.Fake;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>The apply stage driving the real kubectl against one fake API server per target.</summary>
public sealed class ApplyStageTests(ITestOutputHelper output)
{
    [KubectlFact]
    public async Task Each_cluster_receives_exactly_its_seed_objects_through_server_side_apply_as_manifests()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        // The seed: m1c1 runs reviews v3 and the ratings service; m1c2 the rest; the mesh holds the Istio objects.
        Assert.Equal(
            ["PATCH deployments default/reviews-v3", "PATCH serviceaccounts default/bookinfo-reviews",
             "PATCH services default/ratings", "PATCH services default/reviews"],
            mesh.M1c1.Writes.Select(w => w.Describe()).Order(StringComparer.Ordinal));
        Assert.Equal(13, mesh.M1c2.Writes.Count);
        Assert.DoesNotContain(mesh.M1c2.Writes, w => w.Path.Contains("reviews-v3", StringComparison.Ordinal));
        Assert.Equal(
            ["PATCH destinationrules default/reviews", "PATCH gateways default/bookinfo-gateway",
             "PATCH istiogateways istio-system/ingressgateway", "PATCH virtualservices default/bookinfo",
             "PATCH virtualservices default/reviews"],
            mesh.Mesh.Writes.Select(w => w.Describe()).Order(StringComparer.Ordinal));
        foreach (var write in mesh.Servers.SelectMany(s => s.Writes))
        {
            Assert.Equal("application/apply-patch+yaml", write.ContentType);
            Assert.Equal("manifests", write.FieldManager);
            Assert.Contains("force=false", write.Query, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(mesh.Servers.SelectMany(s => s.Writes), w => w.Body.Contains("\"kind\":\"Kustomization\"", StringComparison.Ordinal));
        Assert.Equal("reviews", mesh.Mesh.Get(ServedKind.Istio("v1", "DestinationRule"), "default", "reviews")?["spec"]?["host"]?.GetValue<string>());
    }

    [KubectlFact]
    public async Task Clusters_are_applied_in_name_order_before_the_mesh_and_DestinationRules_before_VirtualServices()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, progress) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(string.Join("\n", progress));
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.True(mesh.M1c1.Writes.Max(w => w.Sequence) < mesh.M1c2.Writes.Min(w => w.Sequence));
        Assert.True(mesh.M1c2.Writes.Max(w => w.Sequence) < mesh.Mesh.Writes.Min(w => w.Sequence));
        var meshOrder = mesh.Mesh.Writes.Select(w => w.Describe()).ToList();
        Assert.True(meshOrder.IndexOf("PATCH destinationrules default/reviews") < meshOrder.IndexOf("PATCH virtualservices default/reviews"),
            string.Join("\n", meshOrder));
        Assert.Equal(
            ["PATCH gateways default/bookinfo-gateway", "PATCH istiogateways istio-system/ingressgateway"],
            meshOrder.Take(2).Order(StringComparer.Ordinal));
    }

    [KubectlFact]
    public async Task When_the_live_DestinationRule_has_a_subset_the_output_drops_the_VirtualService_goes_first()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.Mesh.Seed("""
            {"apiVersion":"networking.istio.io/v1","kind":"DestinationRule","metadata":{"name":"reviews","namespace":"default"},
             "spec":{"host":"reviews","subsets":[{"name":"v1","labels":{"version":"v1"}},{"name":"v2","labels":{"version":"v2"}},
             {"name":"v3","labels":{"version":"v3"}},{"name":"v4","labels":{"version":"v4"}}]}}
            """);

        var (report, text, progress) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["mesh"] });
        output.WriteLine(string.Join("\n", progress));
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        var meshOrder = mesh.Mesh.Writes.Select(w => w.Describe()).ToList();
        Assert.True(meshOrder.IndexOf("PATCH virtualservices default/reviews") < meshOrder.IndexOf("PATCH destinationrules default/reviews"),
            string.Join("\n", meshOrder));
        Assert.Empty(mesh.M1c1.Requests);
        Assert.Empty(mesh.M1c2.Requests);
        var subsets = mesh.Mesh.Get(ServedKind.Istio("v1", "DestinationRule"), "default", "reviews")!["spec"]!["subsets"]!.AsArray();
        Assert.Equal(["v1", "v2", "v3"], subsets.Select(s => s!["name"]!.GetValue<string>()));
    }

    [KubectlFact]
    public async Task When_subsets_are_swapped_the_old_ones_stay_until_the_VirtualService_has_moved()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.Mesh.Seed("""
            {"apiVersion":"networking.istio.io/v1","kind":"DestinationRule","metadata":{"name":"reviews","namespace":"default"},
             "spec":{"host":"reviews","subsets":[{"name":"v0","labels":{"version":"v0"}},{"name":"v1","labels":{"version":"v1"}}]}}
            """);

        var (report, text, progress) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["mesh"] });
        output.WriteLine(string.Join("\n", progress));
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        var writes = mesh.Mesh.Writes.Where(w => w.Path.Contains("/reviews", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["PATCH destinationrules default/reviews", "PATCH virtualservices default/reviews", "PATCH destinationrules default/reviews"],
            writes.Select(w => w.Describe()));
        Assert.Equal(["v1", "v2", "v3", "v0"], SubsetNames(writes[0].Body));
        Assert.Equal(["v1", "v2", "v3"], SubsetNames(writes[2].Body));
        Assert.All(writes, w => Assert.Equal("manifests", w.FieldManager));
    }

    [KubectlFact]
    public async Task Kubectl_reads_version_discovery_and_OpenAPI_v3_then_patches_with_server_side_field_validation()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, _, _) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c1"] });

        Assert.Equal(0, report.ExitCode);
        var paths = mesh.M1c1.Requests.Where(r => r.Method == "GET").Select(r => r.Path).Distinct().ToList();
        // Preflight's own reads, then what kubectl apply --server-side needs before its first PATCH.
        Assert.Superset(new HashSet<string> { "/version", "/api/v1", "/apis/apps/v1", "/api/v1/namespaces", "/api", "/apis", "/openapi/v3", "/openapi/v3/api/v1", "/openapi/v3/apis/apps/v1" }, paths.ToHashSet());
        Assert.All(mesh.M1c1.Writes, w => Assert.Contains("fieldValidation=Strict", w.Query, StringComparison.Ordinal));
        Assert.DoesNotContain(mesh.M1c1.Requests, r => r.Path.StartsWith("/openapi/v2", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SubsetNames(string body) =>
        System.Text.Json.Nodes.JsonNode.Parse(body)!["spec"]!["subsets"]!.AsArray().Select(s => s!["name"]!.GetValue<string>());
}
