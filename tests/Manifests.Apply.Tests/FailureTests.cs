using Manifests.Apply.Tests.Fake;
using Xunit;
using Xunit.Abstractions;

namespace Manifests.Apply.Tests;

/// <summary>What happens when a server fails, is down, or lacks what the files need.</summary>
public sealed class FailureTests(ITestOutputHelper output)
{
    [KubectlFact]
    public async Task A_cluster_answering_500_fails_its_target_the_other_cluster_is_applied_and_the_mesh_is_skipped()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.M1c1.FailWritesWith = 500;

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        Assert.Equal(
            [("m1c1", TargetStatus.Failed), ("m1c2", TargetStatus.Applied), ("mesh", TargetStatus.Skipped)],
            report.Targets.Select(t => (t.Target.Name, t.Status)));
        Assert.Contains("failing on purpose", report.Targets[0].Reason, StringComparison.Ordinal);
        Assert.Equal(13, mesh.M1c2.Writes.Count);
        Assert.Empty(mesh.Mesh.Writes);
        Assert.Contains("Applied: m1c2.", text, StringComparison.Ordinal);
        Assert.Contains("Not applied: m1c1 (failed:", text, StringComparison.Ordinal);
        Assert.Contains("mesh (skipped: not applied because m1c1 failed", text, StringComparison.Ordinal);
        Assert.Contains("Next: Fix the failures above, then run: apply --target m1c1 --target mesh", text, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Fields_owned_by_another_manager_fail_the_target_with_advice_and_force_takes_them_over()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.M1c1.ConflictingManager = "helm";

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c1"] });
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        var reason = Assert.Single(report.Targets).Reason;
        Assert.Contains("conflict with \"helm\"", reason, StringComparison.Ordinal);
        Assert.Contains("pass --force to take them over", reason, StringComparison.Ordinal);

        var refused = mesh.M1c1.Writes.Count;
        var forced = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c1"], Force = true });

        Assert.Equal(0, forced.Report.ExitCode);
        Assert.All(mesh.M1c1.Writes.Skip(refused), w => Assert.Contains("force=true", w.Query, StringComparison.Ordinal));
    }

    [KubectlFact]
    public async Task A_cluster_refusing_connections_stops_the_run_in_preflight_with_one_line_and_nothing_is_applied()
    {
        await using var mesh = await TestMesh.StartAsync(unreachable: ["m1c2"]);

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("m1c2", ProblemKind.Environment), (problem.Target, problem.Kind));
        Assert.Contains("did not answer", problem.Message, StringComparison.Ordinal);
        Assert.Contains("refused", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
    }

    [KubectlFact]
    public async Task Preflight_reports_that_the_mesh_does_not_serve_IstioGateway_and_nothing_is_applied()
    {
        await using var mesh = await TestMesh.StartAsync(meshKinds: ServedKind.Mesh(withIstioGateway: false));

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(text);

        Assert.Equal(1, report.ExitCode);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("mesh", problem.Target);
        Assert.Equal("IstioGateway (istio.alibabacloud.com/v1beta1) is not served by context 'mesh'", problem.Message);
        Assert.Contains("ASM", problem.Fix, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
        Assert.Contains("nothing was applied", text, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task Preflight_reports_every_problem_at_once_wrong_Istio_version_missing_namespace_and_unknown_context()
    {
        await using var mesh = await TestMesh.StartAsync(meshKinds: ServedKind.Mesh("v1beta1"), meshNamespaces: ["default"]);

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with
        {
            ContextOverrides = new Dictionary<string, string> { ["m1c1"] = "no-such-context" },
        });
        output.WriteLine(text);

        // The missing context is the environment's (exit 2); it outranks the findings beside it.
        Assert.Equal(2, report.ExitCode);
        Assert.Equal(
        [
            "m1c1: context 'no-such-context' is not in " + mesh.Kubeconfig,
            "mesh: DestinationRule (networking.istio.io/v1) is not served by context 'mesh'",
            "mesh: Gateway (networking.istio.io/v1) is not served by context 'mesh'",
            "mesh: VirtualService (networking.istio.io/v1) is not served by context 'mesh'",
            "mesh: namespace 'istio-system' does not exist on context 'mesh' and is not part of the output",
        ], report.Problems.Select(p => $"{p.Target}: {p.Message}"));
        Assert.Contains("Mesh.NetworkingApiVersion", report.Problems[1].Fix, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
    }

    [Fact]
    public async Task A_missing_kubectl_is_a_one_line_environment_error()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { KubectlPath = "/nonexistent/kubectl" });
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        Assert.Equal("kubectl was not found (looked for '/nonexistent/kubectl')", Assert.Single(report.Problems).Message);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Requests));
    }

    [Fact]
    public async Task Stale_output_is_refused_before_kubectl_runs()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { StaleOutputReason = "mesh/virtualservice-reviews.yaml differs" });
        output.WriteLine(text);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("--force", Assert.Single(report.Problems).Fix, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Requests));
    }

    [KubectlFact]
    public async Task Stale_output_does_not_stop_a_preflight_but_is_mentioned()
    {
        await using var mesh = await TestMesh.StartAsync();

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { PreflightOnly = true, StaleOutputReason = "m1c1 differs" });
        output.WriteLine(text);

        Assert.Equal(0, report.ExitCode);
        Assert.All(report.Targets, t => Assert.Equal(TargetStatus.Checked, t.Status));
        Assert.Contains("Note: the rendered output is stale (m1c1 differs)", text, StringComparison.Ordinal);
        Assert.Empty(mesh.Servers.SelectMany(s => s.Writes));
    }

    [KubectlFact]
    public async Task A_kubectl_run_that_hangs_is_killed_at_the_step_timeout_and_fails_only_its_target()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.M1c2.DelayWrites = TimeSpan.FromMinutes(2);

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c1", "m1c2"], StepTimeout = TimeSpan.FromSeconds(3) });
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        Assert.Equal([TargetStatus.Applied, TargetStatus.Failed], report.Targets.Select(t => t.Status));
        Assert.EndsWith("timed out after 3s", report.Targets[1].Reason, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task One_cluster_answering_500_and_one_dropping_connections_fail_both_and_the_mesh_is_not_touched()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.M1c1.FailWritesWith = 500;
        mesh.M1c2.DropWrites = true;

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request());
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        Assert.Equal([TargetStatus.Failed, TargetStatus.Failed, TargetStatus.Skipped], report.Targets.Select(t => t.Status));
        Assert.Contains("InternalError", report.Targets[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", report.Targets[1].Reason, StringComparison.Ordinal);
        Assert.Contains("not applied because m1c1, m1c2 failed", report.Targets[2].Reason, StringComparison.Ordinal);
        Assert.Empty(mesh.Mesh.Writes);
        Assert.Contains("Applied: none.", text, StringComparison.Ordinal);
    }

    [KubectlFact]
    public async Task When_only_Deployments_fail_the_report_says_the_rest_of_the_step_was_applied()
    {
        await using var mesh = await TestMesh.StartAsync();
        mesh.M1c2.FailWritesWith = 500;
        mesh.M1c2.FailOnlyResource = "deployments";

        var (report, text, _) = await mesh.ApplyAsync(mesh.Request() with { OnlyTargets = ["m1c2"] });
        output.WriteLine(text);

        Assert.Equal(2, report.ExitCode);
        Assert.EndsWith("(8 objects of this step were applied)", Assert.Single(report.Targets).Reason, StringComparison.Ordinal);
        Assert.NotNull(mesh.M1c2.Get(ServedKind.ServiceAccount, "default", "bookinfo-productpage"));
    }
}
