using Manifests.Apply.Tests.Fake;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>Dry runs, diff and ApplySet pruning, as the servers see them.</summary>
public sealed class ModeTests(ITestOutputHelper output)
{
    [KubectlFact]
    public async Task Server_dry_run_sends_every_patch_with_dryRun_All_and_nothing_is_stored()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { DryRun = DryRunMode.Server });
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        var patches = mesh.Servers.SelectMany(s => s.Requests).Where(r => r.Method == "PATCH").ToList();
        Assert.Equal(4 + 13 + 5, patches.Count);
        Assert.All(patches, p => Assert.Equal("All", p.DryRun));
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
        Assert.Null(mesh.M1c1.Get(ServedKind.Service, "default", "reviews"));
        Assert.Contains("Run apply without --dry-run", text, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Client_dry_run_only_reads_from_the_servers()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { DryRun = DryRunMode.Client });
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.All(mesh.Servers.SelectMany(s => s.Requests), r => Assert.Equal("GET", r.Method));
        Assert.Contains(report.Targets.SelectMany(t => t.Steps), s => s.Output.Contains("(dry run)", StringComparison.Ordinal));
    }

    [KubectlFact]
    public async Task Diff_shows_a_changed_VirtualService_writes_nothing_and_exits_1_as_kubectl_diff_does()
    {
        await using var mesh = await TestMesh.StartAsync();
        await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["mesh"] });
        var writesBefore = mesh.Mesh.Writes.Count;
        File.WriteAllText(mesh.PathOf("mesh", "virtualservice-reviews.yaml"),
            File.ReadAllText(mesh.PathOf("mesh", "virtualservice-reviews.yaml")).Replace("subset: v3", "subset: v2", StringComparison.Ordinal));

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["mesh"], Diff = true });
        output.WriteLine(text);

        Assert.Equal(1, report.ExitCode);
        Assert.Equal(writesBefore, mesh.Mesh.Writes.Count);
        Assert.Contains("-        subset: v3", text, StringComparison.Ordinal);
        Assert.Contains("+        subset: v2", text, StringComparison.Ordinal);
        Assert.Equal("differences found", Assert.Single(report.Targets).Reason);
        Assert.All(mesh.Mesh.Requests.Where(r => r.Method == "PATCH").Skip(writesBefore), r => Assert.Equal("All", r.DryRun));
    }

    [KubectlFact]
    public async Task Prune_deletes_through_the_ApplySet_only_what_this_tool_applied_and_no_longer_renders()
    {
        await using var mesh = await TestMesh.StartAsync();
        // Someone else's object with the same labels must survive: pruning never goes by a label selector of ours.
        mesh.M1c2.Seed("""{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"reviews-v9","namespace":"default","labels":{"app":"reviews"}}}""");
        var first = await mesh.ApplyAsync(mesh.Request() with { Prune = true });
        output.WriteLine(first.Text);
        Assert.Equal(0, first.Report.ExitCode);
        File.Delete(mesh.PathOf("m1c2", "deployment-reviews-v2.yaml"));
        File.Delete(mesh.PathOf("mesh", "virtualservice-bookinfo.yaml"));

        var (report, text, progress) = await mesh.ApplyAsync(mesh.Request() with { Prune = true });
        output.WriteLine(string.Join("\n", progress));
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(["DELETE deployments default/reviews-v2"], mesh.M1c2.Writes.Where(w => w.Method == "DELETE").Select(w => w.Describe()));
        Assert.Equal(["DELETE virtualservices default/bookinfo"], mesh.Mesh.Writes.Where(w => w.Method == "DELETE").Select(w => w.Describe()));
        Assert.DoesNotContain(mesh.M1c1.Writes, w => w.Method == "DELETE");
        Assert.NotNull(mesh.M1c2.Get(ServedKind.Deployment, "default", "reviews-v9"));
        var parent = mesh.M1c2.Get(ServedKind.Secret, "default", "manifests-m1c2");
        Assert.NotNull(parent?["metadata"]?["labels"]?["applyset.kubernetes.io/id"]);
        Assert.Contains(report.Targets.SelectMany(t => t.Steps), s => s.Output.Contains("deployment.apps/reviews-v2 pruned", StringComparison.Ordinal));
    }

    [KubectlFact]
    public async Task A_namespace_in_the_output_is_created_before_the_objects_in_its_sub_folder_also_when_pruning()
    {
        await using var mesh = await TestMesh.StartAsync();
        File.WriteAllText(mesh.PathOf("m1c2", "namespace-bookinfo.yaml"), "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: bookinfo\n");
        Directory.CreateDirectory(mesh.PathOf("m1c2", "bookinfo"));
        File.WriteAllText(mesh.PathOf("m1c2", Path.Combine("bookinfo", "configmap-settings.yaml")),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: bookinfo\ndata:\n  mode: demo\n");

        var (report, text, progress) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c2"], Prune = true });
        output.WriteLine(string.Join("\n", progress));
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        var order = mesh.M1c2.Writes.Where(w => w.Method == "PATCH").Select(w => w.Describe()).ToList();
        Assert.True(order.IndexOf("PATCH namespaces bookinfo") < order.IndexOf("PATCH configmaps bookinfo/settings"), string.Join("\n", order));
        Assert.NotNull(mesh.M1c2.Get(ServedKind.ConfigMap, "bookinfo", "settings"));
        Assert.NotNull(mesh.M1c2.Get(ServedKind.Secret, "bookinfo", "manifests-m1c2"));
    }
}
