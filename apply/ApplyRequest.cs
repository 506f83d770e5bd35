namespace Manifests.Apply;

/// <summary>What a rendered target is, which decides its place in the apply order.</summary>
public enum TargetKind
{
    /// <summary>A data-plane cluster; applied first, in name order.</summary>
    Cluster,

    /// <summary>The mesh control plane (ASM); applied after every cluster.</summary>
    Mesh,

    /// <summary>The Argo CD objects (<c>argocd/</c>), applied to the Argo CD context instead of the targets.</summary>
    ArgoCd,
}

/// <summary>How far kubectl goes.</summary>
public enum DryRunMode
{
    /// <summary>Really apply.</summary>
    None,

    /// <summary><c>--dry-run=client</c>: kubectl prints what it would send.</summary>
    Client,

    /// <summary><c>--dry-run=server</c>: the API server validates and admits, then discards.</summary>
    Server,
}

/// <summary>A rendered target as the caller knows it from the topology.</summary>
/// <param name="Name">The output folder name, e.g. <c>m1c1</c> or <c>mesh</c>.</param>
/// <param name="Kind">Cluster or mesh.</param>
/// <param name="Context">The kubeconfig context declared for it (before <c>--context</c> overrides).</param>
public sealed record ApplyTarget(string Name, TargetKind Kind, string Context);

/// <summary>Everything the apply stage needs, as plain values; the CLI builds it from its options.</summary>
public sealed record ApplyRequest
{
    /// <summary>The rendered root folder, e.g. <c>manifests-out</c>.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>The targets the topology declares.</summary>
    public required IReadOnlyList<ApplyTarget> Targets { get; init; }

    /// <summary><c>--context name=ctx</c> overrides, by target name.</summary>
    public IReadOnlyDictionary<string, string> ContextOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--kubeconfig</c>; <see langword="null"/> lets kubectl use its own default.</summary>
    public string? Kubeconfig { get; init; }

    /// <summary><c>--target</c> subset; empty means every target.</summary>
    public IReadOnlyList<string> OnlyTargets { get; init; } = [];

    /// <summary><c>--dry-run</c>.</summary>
    public DryRunMode DryRun { get; init; } = DryRunMode.None;

    /// <summary><c>--diff</c>: show what would change instead of applying.</summary>
    public bool Diff { get; init; }

    /// <summary><c>--prune</c>: delete objects this tool applied before and no longer renders, through an ApplySet.</summary>
    public bool Prune { get; init; }

    /// <summary><c>--preflight</c>: only check the targets.</summary>
    public bool PreflightOnly { get; init; }

    /// <summary><c>--force</c>: apply even when the output is stale, and take over conflicting fields.</summary>
    public bool Force { get; init; }

    /// <summary>Why the rendered output is out of date (from <c>render --check</c>); <see langword="null"/> when it is current.</summary>
    public string? StaleOutputReason { get; init; }

    /// <summary><c>--argocd ctx</c>: deliver through Argo CD by applying <c>argocd/</c> to this context instead of the targets.</summary>
    public string? ArgoCdContext { get; init; }

    /// <summary>Wait for Argo CD sync and health (only where the <c>argocd</c> CLI exists).</summary>
    public bool ArgoCdWait { get; init; }

    /// <summary>The kubectl executable; a bare name is looked up on PATH.</summary>
    public string KubectlPath { get; init; } = "kubectl";

    /// <summary>The argocd executable; a bare name is looked up on PATH.</summary>
    public string ArgoCdPath { get; init; } = "argocd";

    /// <summary>How long one kubectl run may take.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Extra environment for kubectl (e.g. <c>KUBECACHEDIR</c>); the ApplySet switch is added by the applier.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
