namespace Manifests.Apply;

/// <summary>Why a step exists; the mesh is split so Istio never routes to a subset that is not defined.</summary>
public enum StepPurpose
{
    /// <summary>Everything in a cluster target, in one kubectl run.</summary>
    Everything,

    /// <summary>Mesh objects that are neither DestinationRules nor VirtualServices (IstioGateway, Gateway …).</summary>
    Gateways,

    /// <summary>DestinationRules that keep every live subset: they go before the VirtualServices naming them.</summary>
    DestinationRulesBeforeRoutes,

    /// <summary>
    /// DestinationRules that both drop live subsets and add new ones, applied with the dropped subsets still in, so
    /// routes can move to the new subsets while the old ones still exist (make before break).
    /// </summary>
    DestinationRulesBridge,

    /// <summary>VirtualServices.</summary>
    VirtualServices,

    /// <summary>DestinationRules that drop live subsets: they go after routes stop naming those subsets.</summary>
    DestinationRulesAfterRoutes,

    /// <summary>The whole target again, with <c>--prune</c>, so the ApplySet sees every object at once.</summary>
    Prune,

    /// <summary>The Argo CD objects.</summary>
    ArgoCd,
}

/// <summary>A target chosen for this run, with the context it resolves to.</summary>
/// <param name="Name">The target name.</param>
/// <param name="Kind">Cluster, mesh or Argo CD.</param>
/// <param name="Context">The kubeconfig context after <c>--context</c> overrides.</param>
/// <param name="Folder">The rendered folder.</param>
public sealed record SelectedTarget(string Name, TargetKind Kind, string Context, string Folder);

/// <summary>One kubectl run.</summary>
/// <param name="Target">The target name.</param>
/// <param name="Context">The kubeconfig context.</param>
/// <param name="Purpose">Why the step exists.</param>
/// <param name="Namespace">Passed as <c>-n</c>: kubectl puts objects without a namespace there and refuses others,
/// so every step holds one namespace (cluster-scoped objects ride along with <c>default</c>).</param>
/// <param name="Objects">The objects handed to kubectl, in the order kubectl sends them.</param>
/// <param name="ApplySet">The ApplySet parent (a Secret name) when pruning, else <see langword="null"/>.</param>
public sealed record ApplyStep(
    string Target,
    string Context,
    StepPurpose Purpose,
    string Namespace,
    IReadOnlyList<RenderedObject> Objects,
    string? ApplySet)
{
    /// <summary>For a bridge step: the live rules whose dropped subsets are kept for now.</summary>
    public IReadOnlyList<LiveDestinationRule> BridgeFrom { get; init; } = [];

    /// <summary>The files, in order.</summary>
    public IReadOnlyList<string> Files => Objects.Select(o => o.File).Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>The steps for one target.</summary>
/// <param name="Target">The target.</param>
/// <param name="Steps">Its steps, in order.</param>
public sealed record TargetPlan(SelectedTarget Target, IReadOnlyList<ApplyStep> Steps);

/// <summary>The whole run: targets in apply order (clusters by name, then the mesh).</summary>
/// <param name="Targets">Target plans in order.</param>
public sealed record ApplyPlan(IReadOnlyList<TargetPlan> Targets);
