namespace Manifests.Model;

/// <summary>How Argo CD delivers the rendered folders.</summary>
public sealed record ArgoCdDelivery
{
    /// <summary>The Git repository that holds the rendered output.</summary>
    public required string RepoUrl { get; init; }

    /// <summary>The Git revision Argo CD follows.</summary>
    public string Revision { get; init; } = "HEAD";

    /// <summary>The AppProject name; <see langword="null"/> uses the mesh name.</summary>
    public string? Project { get; init; }

    /// <summary>Where the rendered folders are in the Git repository.</summary>
    public string ManifestsPath { get; init; } = "manifests-out";

    /// <summary>Where the Kustomize overlays are in the Git repository.</summary>
    public string KustomizePath { get; init; } = "kustomize";

    /// <summary>The namespace Argo CD runs in.</summary>
    public string Namespace { get; init; } = "argocd";

    /// <summary>One ApplicationSet for every target, or one Application per target.</summary>
    public ArgoCdLayout Layout { get; init; } = ArgoCdLayout.ApplicationSet;

    /// <summary>Whether Argo CD syncs on its own.</summary>
    public bool AutomatedSync { get; init; } = true;

    /// <summary>Whether automated sync deletes objects no longer rendered.</summary>
    public bool Prune { get; init; }

    /// <summary>Whether automated sync reverts changes made in the cluster.</summary>
    public bool SelfHeal { get; init; }

    /// <summary>Whether Argo CD syncs <c>kustomize/&lt;target&gt;</c> (with user patches) instead of the hydrated folder.</summary>
    public bool UseKustomizeOverlays { get; init; }
}

/// <summary>How Argo CD objects are shaped.</summary>
public enum ArgoCdLayout
{
    /// <summary>One ApplicationSet with a list generator over the targets.</summary>
    ApplicationSet,

    /// <summary>One Application per target.</summary>
    Applications,
}
