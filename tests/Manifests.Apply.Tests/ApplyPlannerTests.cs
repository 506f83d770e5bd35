using Xunit;

namespace Manifests.Apply.Tests;

/// <summary>The plan and the kubectl argument lists, asserted without running anything.</summary>
public sealed class ApplyPlannerTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bookinfo");

    private static ApplyRequest Request(params ApplyTarget[] targets) => new()
    {
        OutputRoot = Fixture,
        Targets = targets.Length > 0 ? targets : TestMesh.Targets,
    };

    private static ApplyPlan Plan(ApplyRequest request, IReadOnlyList<LiveDestinationRule>? live = null, bool prune = false)
    {
        var (targets, problems) = TargetSelection.Select(request);
        Assert.Empty(problems);
        var rendered = targets.ToDictionary(t => t.Name, t => RenderedFolderReader.Read(t.Name, t.Folder).Target);
        return ApplyPlanner.Plan(targets, rendered, live ?? [], prune);
    }

    private static string Describe(ApplyStep step) =>
        $"{step.Purpose} {step.Namespace}: {string.Join(" ", step.Objects.Select(o => $"{o.Kind}/{o.Name}"))}";

    [Fact]
    public void Clusters_go_first_in_name_order_and_the_mesh_last_whatever_the_declaration_order()
    {
        var plan = Plan(Request(new("mesh", TargetKind.Mesh, "asm"), new("m1c2", TargetKind.Cluster, "m1c2"), new("m1c1", TargetKind.Cluster, "m1c1")));

        Assert.Equal(["m1c1", "m1c2", "mesh"], plan.Targets.Select(t => t.Target.Name));
        Assert.Equal("asm", plan.Targets[2].Target.Context);
    }

    [Fact]
    public void Context_overrides_and_the_target_subset_are_applied()
    {
        var plan = Plan(Request() with
        {
            OnlyTargets = ["mesh", "m1c2"],
            ContextOverrides = new Dictionary<string, string> { ["mesh"] = "asm-prod" },
        });

        Assert.Equal([("m1c2", "m1c2"), ("mesh", "asm-prod")], plan.Targets.Select(t => (t.Target.Name, t.Target.Context)));
        Assert.All(plan.Targets[1].Steps, s => Assert.Equal("asm-prod", s.Context));
    }

    [Fact]
    public void Unknown_targets_in_options_are_reported_together_as_usage_errors()
    {
        var (_, problems) = TargetSelection.Select(Request() with
        {
            OnlyTargets = ["m1c3"],
            ContextOverrides = new Dictionary<string, string> { ["meshh"] = "asm" },
        });

        Assert.Equal(["m1c3", "meshh"], problems.Select(p => p.Target));
        Assert.All(problems, p => Assert.Equal(ProblemKind.Usage, p.Kind));
        Assert.All(problems, p => Assert.Contains("m1c1, m1c2, mesh", p.Fix, StringComparison.Ordinal));
    }

    [Fact]
    public void Cluster_objects_go_in_one_step_without_kustomization_yaml_service_accounts_before_deployments()
    {
        var step = Assert.Single(Plan(Request()).Targets[0].Steps);

        Assert.Equal("Everything default: ServiceAccount/bookinfo-reviews Service/ratings Service/reviews Deployment/reviews-v3", Describe(step));
        Assert.DoesNotContain(step.Files, f => f.EndsWith("kustomization.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Mesh_applies_gateways_then_DestinationRules_then_VirtualServices_one_namespace_per_step()
    {
        var mesh = Plan(Request()).Targets[2];

        Assert.Equal(
        [
            "Gateways default: Gateway/bookinfo-gateway",
            "Gateways istio-system: IstioGateway/ingressgateway",
            "DestinationRulesBeforeRoutes default: DestinationRule/reviews",
            "VirtualServices default: VirtualService/bookinfo VirtualService/reviews",
        ], mesh.Steps.Select(Describe));
        Assert.EndsWith(Path.Combine("mesh", "istio-system", "istiogateway-ingressgateway.yaml"), mesh.Steps[1].Files[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_DestinationRule_dropping_a_live_subset_moves_after_the_VirtualServices()
    {
        var mesh = Plan(Request(), [new LiveDestinationRule("default", "reviews", ["v1", "v2", "v3", "v4"])]).Targets[2];

        Assert.Equal(
            ["Gateways", "Gateways", "VirtualServices", "DestinationRulesAfterRoutes"],
            mesh.Steps.Select(s => s.Purpose.ToString()));
    }

    [Fact]
    public void A_DestinationRule_swapping_subsets_is_bridged_before_the_VirtualServices_and_finished_after()
    {
        var live = new LiveDestinationRule("default", "reviews", ["v0", "v1"]);
        var mesh = Plan(Request(), [live]).Targets[2];

        Assert.Equal(
            ["Gateways", "Gateways", "DestinationRulesBridge", "VirtualServices", "DestinationRulesAfterRoutes"],
            mesh.Steps.Select(s => s.Purpose.ToString()));
        Assert.Equal([live], mesh.Steps[2].BridgeFrom);
        Assert.Equal(["-f", "-"], KubectlApplier.Arguments(mesh.Steps[2], new ApplyMode(DryRunMode.None, false, false)).TakeLast(2));
    }

    [Fact]
    public void A_DestinationRule_only_adding_subsets_stays_before_the_VirtualServices()
    {
        var mesh = Plan(Request(), [new LiveDestinationRule("default", "reviews", ["v1"]), new LiveDestinationRule("other", "reviews", ["v9"])]).Targets[2];

        Assert.Equal(StepPurpose.DestinationRulesBeforeRoutes, mesh.Steps[2].Purpose);
    }

    [Fact]
    public void Prune_adds_a_final_run_per_namespace_naming_every_object_with_the_targets_ApplySet()
    {
        var plan = Plan(Request(), prune: true);

        Assert.Equal("manifests-m1c1", Assert.Single(plan.Targets[0].Steps).ApplySet);
        var pruneSteps = plan.Targets[2].Steps.Where(s => s.Purpose == StepPurpose.Prune).ToList();
        Assert.Equal([("default", 4), ("istio-system", 1)], pruneSteps.Select(s => (s.Namespace, s.Objects.Count)));
        Assert.All(plan.Targets[2].Steps.Where(s => s.Purpose != StepPurpose.Prune), s => Assert.Null(s.ApplySet));
    }

    [Fact]
    public void Kubectl_arguments_use_server_side_apply_with_the_manifests_field_manager()
    {
        var step = Plan(Request(), prune: true).Targets[0].Steps[0];

        var apply = KubectlApplier.Arguments(step, new ApplyMode(DryRunMode.None, Diff: false, Force: false));
        Assert.Equal(["apply", "--server-side", "--field-manager=manifests", "--prune", "--applyset=manifests-m1c1", "--namespace", "default"], apply.Take(7));
        Assert.DoesNotContain(apply, a => a is "-l" or "--selector" or "--all" || a.StartsWith("--prune-allowlist", StringComparison.Ordinal));
        Assert.Equal(4, apply.Count(a => a == "-f"));

        var dryRun = KubectlApplier.Arguments(step, new ApplyMode(DryRunMode.Server, Diff: false, Force: true));
        Assert.Contains("--dry-run=server", dryRun);
        Assert.Contains("--force-conflicts", dryRun);

        // kubectl refuses --dry-run=client with --server-side, so a client dry run is a client-side apply.
        var client = KubectlApplier.Arguments(step, new ApplyMode(DryRunMode.Client, Diff: false, Force: false));
        Assert.Equal(["apply", "--dry-run=client"], client.Take(2));
        Assert.DoesNotContain("--server-side", client);

        var diff = KubectlApplier.Arguments(step, new ApplyMode(DryRunMode.None, Diff: true, Force: false));
        Assert.Equal(["diff", "--server-side", "--field-manager=manifests"], diff.Take(3));
        Assert.DoesNotContain("--prune", diff);
    }

    [Fact]
    public void Argo_CD_replaces_the_targets_and_the_ApplicationSet_list_generator_names_its_Applications()
    {
        var plan = Plan(Request() with { ArgoCdContext = "argocd-ctx" });

        var target = Assert.Single(plan.Targets);
        Assert.Equal(("argocd", "argocd-ctx", TargetKind.ArgoCd), (target.Target.Name, target.Target.Context, target.Target.Kind));
        var step = Assert.Single(target.Steps);
        Assert.Equal("ArgoCd argocd: AppProject/bookinfo ApplicationSet/bookinfo", Describe(step));
        Assert.Equal(["bookinfo-m1c1", "bookinfo-m1c2", "bookinfo-mesh"], step.Objects[1].GeneratedApplications);
    }

    [Fact]
    public void Context_pairs_parse_as_target_equals_context()
    {
        Assert.True(ContextOverride.TryParse("m1c1=prod=a", out var target, out var context));
        Assert.Equal(("m1c1", "prod=a"), (target, context));
        Assert.False(ContextOverride.TryParse("m1c1", out _, out _));
        Assert.False(ContextOverride.TryParse("=ctx", out _, out _));
        Assert.False(ContextOverride.TryParse("m1c1=", out _, out _));
    }

    [Fact]
    public void Targets_come_from_the_declared_mesh_with_cluster_contexts_defaulting_to_cluster_names()
    {
        var declared = new Manifests.Model.Mesh("bookinfo")
        {
            Clusters = [new Manifests.Model.Cluster("m1c1"), new Manifests.Model.Cluster("m1c2") { Context = "prod-b" }],
            ControlPlane = new Manifests.Model.ControlPlane { Context = "asm-prod" },
        };

        Assert.Equal(
        [
            new ApplyTarget("m1c1", TargetKind.Cluster, "m1c1"),
            new ApplyTarget("m1c2", TargetKind.Cluster, "prod-b"),
            new ApplyTarget("mesh", TargetKind.Mesh, "asm-prod"),
        ], ApplyTargets.FromMesh(declared));
    }

    [Fact]
    public void Files_that_are_kustomize_indexes_or_not_objects_are_kept_from_kubectl_or_reported()
    {
        var folder = Directory.CreateTempSubdirectory("manifests-reader-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "kustomization.yml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n");
            File.WriteAllText(Path.Combine(folder, "broken.yaml"), "apiVersion: v1\nkind: Service\nmetadata: {}\n");
            File.WriteAllText(Path.Combine(folder, "bad.yaml"), "apiVersion: v1\nkind: [\n");
            File.WriteAllText(Path.Combine(folder, "service-details.yaml"), "apiVersion: v1\nkind: Service\nmetadata:\n  name: details\n");

            var (target, problems) = RenderedFolderReader.Read("m1c2", folder);

            Assert.Equal(["Service/details"], target.Objects.Select(o => $"{o.Kind}/{o.Name}"));
            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Message.Contains("bad.yaml is not valid YAML", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.Message.Contains("broken.yaml has an object without", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
