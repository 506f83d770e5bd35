namespace Manifests.Model;

/// <summary>
/// How hardened a service's workloads are. Opt-in: a mesh, a namespace (<see cref="Mesh.NamespaceSecurity"/>)
/// or a service sets one, the most specific wins, and without any the output is exactly as declared.
/// </summary>
public sealed record SecurityPolicy
{
    /// <summary>Kubernetes' Pod Security "restricted" profile, a read-only root filesystem, no service account token, and required resources.</summary>
    public static SecurityPolicy Restricted { get; } = new();

    /// <summary>
    /// Meet the Pod Security Standards' "restricted" profile: run as non-root, no privilege escalation,
    /// every capability dropped, the runtime's default seccomp profile.
    /// </summary>
    public bool RestrictedPodSecurity { get; init; } = true;

    /// <summary>Mount the container's root filesystem read-only; list the paths an image writes to in <see cref="VersionVolumes.WritablePaths"/>.</summary>
    public bool ReadOnlyRootFilesystem { get; init; } = true;

    /// <summary>Mount the service account token into pods; off unless a workload talks to the Kubernetes API.</summary>
    public bool AutomountServiceAccountToken { get; init; }

    /// <summary>Refuse to render a workload without CPU and memory requests and limits.</summary>
    public bool RequireResources { get; init; } = true;

    /// <summary>Requests and limits for versions that declare none.</summary>
    public ComputeResources? DefaultResources { get; init; }

    /// <summary>The user id containers run as, for images whose user is not numeric; <see langword="null"/> keeps the image's.</summary>
    public long? RunAsUser { get; init; }
}
