namespace Manifests.Apply;

/// <summary>Orders the rendered objects into kubectl steps. Pure: reads nothing, runs nothing.</summary>
public static class ApplyPlanner
{
    /// <summary>Builds the plan.</summary>
    /// <param name="targets">The chosen targets, already in apply order.</param>
    /// <param name="rendered">The rendered folders, by target name.</param>
    /// <param name="liveMeshRules">The DestinationRules the mesh control plane has now (empty when unknown or new).</param>
    /// <param name="prune">Whether to prune through an ApplySet.</param>
    public static ApplyPlan Plan(
        IReadOnlyList<SelectedTarget> targets,
        IReadOnlyDictionary<string, RenderedTarget> rendered,
        IReadOnlyList<LiveDestinationRule> liveMeshRules,
        bool prune)
    {
        var plans = new List<TargetPlan>();
        foreach (var target in targets)
        {
            var objects = rendered.TryGetValue(target.Name, out var folder) ? folder.Objects : [];
            var steps = target.Kind == TargetKind.Mesh
                ? MeshSteps(target, objects, liveMeshRules, prune)
                : Steps(target, target.Kind == TargetKind.ArgoCd ? StepPurpose.ArgoCd : StepPurpose.Everything, objects, prune).ToList();
            plans.Add(new TargetPlan(target, steps.ToList()));
        }

        return new ApplyPlan(plans);
    }

    /// <summary>The ApplySet parent Secret for a target; stable so later runs find what earlier runs applied.</summary>
    public static string ApplySetName(string target) => $"manifests-{target}";

    private static List<ApplyStep> MeshSteps(
        SelectedTarget target, IReadOnlyList<RenderedObject> objects, IReadOnlyList<LiveDestinationRule> live, bool prune)
    {
        var rules = objects.Where(o => o.IsDestinationRule).ToList();
        var breaking = rules.Where(r => DropsLiveSubsets(r, live)).ToList();
        var steps = new List<ApplyStep>();
        steps.AddRange(Steps(target, StepPurpose.Gateways, objects.Where(o => !o.IsDestinationRule && !o.IsVirtualService), false));
        steps.AddRange(Steps(target, StepPurpose.DestinationRulesBeforeRoutes, rules.Except(breaking), false));
        var bridged = breaking.Where(r => AddsSubsets(r, live)).ToList();
        steps.AddRange(Steps(target, StepPurpose.DestinationRulesBridge, bridged, false)
            .Select(s => s with { BridgeFrom = live.Where(l => s.Objects.Any(o => Same(o, l))).ToList() }));
        steps.AddRange(Steps(target, StepPurpose.VirtualServices, objects.Where(o => o.IsVirtualService), false));
        steps.AddRange(Steps(target, StepPurpose.DestinationRulesAfterRoutes, breaking, false));
        if (prune)
        {
            // kubectl prunes whatever a run with --applyset did not name, so the prune run must name everything.
            steps.AddRange(Steps(target, StepPurpose.Prune, objects, true));
        }

        return steps;
    }

    private static bool Same(RenderedObject rule, LiveDestinationRule live) =>
        live.Name == rule.Name && live.Namespace == rule.EffectiveNamespace;

    private static bool DropsLiveSubsets(RenderedObject rule, IReadOnlyList<LiveDestinationRule> live) =>
        live.FirstOrDefault(l => Same(rule, l)) is { } current && current.Subsets.Except(rule.Subsets, StringComparer.Ordinal).Any();

    private static bool AddsSubsets(RenderedObject rule, IReadOnlyList<LiveDestinationRule> live) =>
        live.FirstOrDefault(l => Same(rule, l)) is { } current && rule.Subsets.Except(current.Subsets, StringComparer.Ordinal).Any();

    // One step per namespace: the namespace holding Namespace objects first, then default, then by name.
    private static IEnumerable<ApplyStep> Steps(
        SelectedTarget target, StepPurpose purpose, IEnumerable<RenderedObject> objects, bool prune) =>
        objects.GroupBy(o => o.EffectiveNamespace, StringComparer.Ordinal)
            .OrderBy(g => g.Any(o => o.Group.Length == 0 && o.Kind == "Namespace") ? 0 : g.Key == "default" ? 1 : 2)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ApplyStep(target.Name, target.Context, purpose, g.Key,
                g.OrderBy(KindRank).ThenBy(o => o.File, StringComparer.Ordinal).ToList(),
                prune ? ApplySetName(target.Name) : null));

    // kubectl sends objects in the order given; a namespace must exist before what lives in it,
    // and a ServiceAccount before the Deployment whose pods run as it.
    private static int KindRank(RenderedObject o) => (o.Group, o.Kind) switch
    {
        ("", "Namespace") => 0,
        ("apiextensions.k8s.io", "CustomResourceDefinition") => 1,
        ("", "ServiceAccount" or "ConfigMap" or "Secret") => 2,
        ("", "Service") => 3,
        ("argoproj.io", "AppProject") => 3,
        _ => 4,
    };
}
